package org.hrcmonitor.pipeline.commit;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcmonitor.pipeline.document.TimeFrame;

/**
 * When a commitment is to be carried out, from the words that say it, resolved against the document's date.
 *
 * <p>Years and months with a year ("in 2020–2022", "vanaf 2020", "by 2025", "in april 2021") resolve without a date;
 * relative phrases ("het komend jaar", "next year", "de komende drie jaar", "in september", "voor de zomer") need the
 * document's date and stay unresolved (null ends) without one.
 * "Tijdens het huidige lidmaatschap" and "as a member" take the membership period when the document states it
 * ("lidmaatschap ... voor de periode 2020–2022"). A phrase with a year beats one without ("Als inkomend lid zal het
 * Koninkrijk vanaf 2020": from 2020); among equals the earliest wins, since letters put the main clause's first. A
 * phrase that ends before the document's date names a past event ("in 2018", "in november 2019"), not a time frame.
 * A date of a future event in the sentence ("voortbouwen op de conferentie in april 2020") is still taken for the
 * commitment's: telling the two apart needs a parser.
 */
final class TimeFrames {
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("twee", 2), Map.entry("drie", 3),
            Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5));
    private static final Pattern RANGE = pattern("(?:in |van |from |during |over |for )?" + YEAR
            + "\\s*(?:[–—-]|tot en met|t/m|tot|to|until|through)\\s*" + YEAR);
    private static final Pattern FROM = pattern("(?:vanaf|from|as of|starting in|met ingang van)\\s+" + YEAR);
    private static final Pattern BY = pattern("(?:uiterlijk in|uiterlijk|by the end of|by|no later than|before|vóór)\\s+"
            + "(?:(?:eind|end)\\s+)?" + YEAR);
    private static final Pattern IN = pattern("(?:in|during|for|tijdens|gedurende)\\s+" + YEAR);
    private static final Pattern COMING_YEAR = pattern("(?:het |de )?komende? jaar|the coming year|the next twelve months");
    private static final Pattern NEXT_YEAR = pattern("volgend jaar|next year");
    private static final Pattern THIS_YEAR = pattern("dit jaar|this year");
    private static final Pattern COMING_YEARS = pattern("(?:de komende|the next|the coming|over the next)\\s+"
            + "(twee|drie|vier|vijf|two|three|four|five|\\d)\\s+(?:jaar|years)");
    /** Month names in both languages, from the JDK's locale data (what the date annotator reads too). */
    private static final Map<String, Month> MONTHS = months();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
    private static final String DEADLINE = "(?:by the end of|by|before|vóór|uiterlijk in|uiterlijk|eind|end of)";
    /** Not after a day: "de Kamerbrief van 19 september 2018" cites a document, it sets no time frame. */
    private static final Pattern MONTH_YEAR = pattern("(?<!\\d )(?:(" + DEADLINE + ")\\s+|in\\s+|during\\s+|tijdens\\s+)?"
            + MONTH + "\\s+" + YEAR);
    private static final Pattern MONTH_ONLY = pattern("(?:(" + DEADLINE + ")|in|during|tijdens)\\s+" + MONTH
            + "(?!\\s+\\d)");
    private static final Pattern SUMMER = pattern("vóór de zomer(?:reces)?|voor de zomer(?:reces)?|before the summer"
            + "(?: recess)?");
    private static final String WORDS = "(?:[\\p{L}-]+ ){0,3}";
    private static final Pattern FIRST_YEAR = pattern("(?:in het eerste jaar van " + WORDS + "[\\p{L}-]*lidmaatschap"
            + "|in the first year of (?:our|its|the) membership)");
    private static final Pattern MEMBERSHIP = pattern("(?:tijdens|gedurende) (?:het|ons) " + WORDS + "[\\p{L}-]*lidmaatschap"
            + "|als (?:inkomend )?lid\\b|(?:during|throughout) (?:our|its|the) (?:current )?membership|as a member\\b");
    /** Where a document states its membership period: "lidmaatschap ... voor de periode 2020–2022". */
    private static final Pattern PERIOD = pattern("(?:lidmaatschap|membership)[^.]{0,120}?" + YEAR + "\\s*[–—-]\\s*"
            + YEAR);

    private TimeFrames() {
    }

    /** A time frame and where its words stand in the sentence. */
    record Found(TimeFrame frame, int start, int end) {}

    /**
     * @param date     the document's date, or null
     * @param document the document's whole text, for the membership period
     */
    static Optional<Found> in(String sentence, LocalDate date, String document) {
        for (Pattern[] patterns : new Pattern[][] {{MONTH_YEAR, RANGE, FROM, BY, IN},
                {COMING_YEARS, COMING_YEAR, NEXT_YEAR, THIS_YEAR, MONTH_ONLY, SUMMER, FIRST_YEAR, MEMBERSHIP}}) {
            Found best = null;
            for (Pattern p : patterns) {
                Matcher m = p.matcher(sentence);
                while (m.find() && (best == null || m.start() < best.start())) {
                    TimeFrame frame = resolve(p, m, date, document);
                    if (date == null || frame.to() == null || !frame.to().isBefore(date)) {
                        best = new Found(frame, m.start(), m.end());
                        break;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static TimeFrame resolve(Pattern p, Matcher m, LocalDate date, String document) {
        String text = m.group();
        if (p == MONTH_YEAR) {
            return month(text, m.group(1) != null, YearMonth.of(year(m, 3), MONTHS.get(m.group(2).toLowerCase())));
        } else if (p == RANGE) {
            return years(text, year(m, 1), year(m, 2));
        } else if (p == FROM) {
            return new TimeFrame(text, LocalDate.of(year(m, 1), 1, 1), null);
        } else if (p == BY) {
            int year = year(m, 1);
            boolean before = text.toLowerCase().startsWith("before") || text.startsWith("vóór");
            return new TimeFrame(text, null, before ? LocalDate.of(year - 1, 12, 31) : LocalDate.of(year, 12, 31));
        } else if (p == IN) {
            return years(text, year(m, 1), year(m, 1));
        } else if (p == FIRST_YEAR || p == MEMBERSHIP) {
            Matcher period = PERIOD.matcher(document);
            if (!period.find()) {
                return new TimeFrame(text, null, null);
            }
            return years(text, year(period, 1), p == FIRST_YEAR ? year(period, 1) : year(period, 2));
        } else if (date == null) {
            return new TimeFrame(text, null, null);
        } else if (p == MONTH_ONLY) {
            Month month = MONTHS.get(m.group(2).toLowerCase());
            int year = date.getYear() + (month.getValue() < date.getMonthValue() ? 1 : 0);
            return month(text, m.group(1) != null, YearMonth.of(year, month));
        } else if (p == SUMMER) {
            LocalDate end = LocalDate.of(date.getYear() + (date.getMonthValue() > 6 ? 1 : 0), 6, 30);
            return new TimeFrame(text, date, end);
        } else if (p == COMING_YEARS) {
            String n = m.group(1).toLowerCase();
            int years = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
            return new TimeFrame(text, date, date.plusYears(years).minusDays(1));
        } else if (p == COMING_YEAR) {
            return new TimeFrame(text, date, date.plusYears(1).minusDays(1));
        }
        int year = date.getYear() + (p == NEXT_YEAR ? 1 : 0);
        return years(text, year, year);
    }

    /** The month itself ("in april 2020"), or up to its end ("by September", "before May": up to April's end). */
    private static TimeFrame month(String text, boolean deadline, YearMonth month) {
        if (!deadline) {
            return new TimeFrame(text, month.atDay(1), month.atEndOfMonth());
        }
        boolean before = text.toLowerCase().startsWith("before") || text.startsWith("vóór");
        return new TimeFrame(text, null, before ? month.minusMonths(1).atEndOfMonth() : month.atEndOfMonth());
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
                months.put(month.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale), month);
            }
        }
        return months;
    }

    private static TimeFrame years(String text, int from, int to) {
        return to < from ? new TimeFrame(text, null, null)
                : new TimeFrame(text, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
