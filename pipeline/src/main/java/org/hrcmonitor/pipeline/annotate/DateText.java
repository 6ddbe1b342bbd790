package org.hrcmonitor.pipeline.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written out in Dutch or English text ("14 februari 2020", "5 October 2020", "October 5, 2020")
 * or as ISO ("2020-02-14").
 *
 * <p>Impossible dates ("31 februari 2020") and years outside 1900–2099 are skipped rather than guessed at: a wrong
 * date sorts a document among the wrong year's results, which is worse than no date.
 */
final class DateText {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("februari", 2), Map.entry("february", 2),
            Map.entry("maart", 3), Map.entry("march", 3), Map.entry("april", 4), Map.entry("mei", 5),
            Map.entry("may", 5), Map.entry("juni", 6), Map.entry("june", 6), Map.entry("juli", 7),
            Map.entry("july", 7), Map.entry("augustus", 8), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
    private static final String DATE = "(?:(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})"
            + "|" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
            + "|(\\d{4})-(\\d{2})-(\\d{2}))(?!\\d)";
    private static final Pattern ANY = Pattern.compile("(?<![\\p{Alnum}-])" + DATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("\\s*" + DATE, Pattern.CASE_INSENSITIVE);
    /** What follows the first date of a range: "2 March 2020 – 13 March 2020", "1 mei 2020 tot 1 juni 2020". */
    private static final Pattern RANGE_NEXT = Pattern.compile("\\s*(?:[–-]|to\\b|tot\\b|t/m\\b)\\s*\\d");
    /** What comes before the last date of a range: "24 February–20 March 2020", "from 2 to 13 March 2020". */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:[–-]|\\bto|\\btot|\\bt/m)\\s*$");

    private DateText() {}

    /** The first valid date in {@code text} that is not one end of a range: a session's dates are no document's. */
    static Optional<LocalDate> first(CharSequence text) {
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = toDate(m);
            boolean inRange = RANGE_NEXT.matcher(text).region(m.end(), text.length()).lookingAt()
                    || RANGE_BEFORE.matcher(text).region(Math.max(0, m.start() - 8), m.start()).find();
            if (date.isPresent() && !inRange) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The date written at {@code index} (after optional spaces), as after a label such as "Den Haag,". */
    static Optional<LocalDate> at(CharSequence text, int index) {
        Matcher m = AT.matcher(text).region(index, text.length());
        return m.lookingAt() ? toDate(m) : Optional.empty();
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                return valid(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (m.group(4) != null) {
                return valid(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5)));
            }
            return valid(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        if (year < 1900 || year > 2099) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}
