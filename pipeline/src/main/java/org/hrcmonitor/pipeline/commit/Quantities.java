package org.hrcmonitor.pipeline.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts a commitment promises: a number with what it counts ("twee conferenties", "ten minste drie landen", "at
 * least three countries") or a sum of money ("EUR 2 million", "200.000 euro"), as written.
 *
 * <p>Years and numbers inside the time frame ("de komende drie jaar") are not amounts. "Een"/"one" is left out: it is
 * mostly an article ("een resolutie"), and a promise of exactly one thing reads the same without it.
 */
final class Quantities {
    private static final String NUMBER_WORDS = "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig"
            + "|dertig|veertig|vijftig|honderd|duizend|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|twenty|thirty|forty|fifty|hundred|thousand";
    private static final String DIGITS = "\\d{1,3}(?:[.,\\s]\\d{3})*(?:,\\d+)?|\\d+";
    private static final String BOUND = "(?:ten minste|tenminste|minstens|minimaal|maximaal|ruim|meer dan|ongeveer"
            + "|circa|at least|up to|more than|over|about|some)\\s+";
    private static final String SCALE = "(?:\\s+(?:miljoen|miljard|million|billion))?";
    private static final Pattern MONEY = Pattern.compile("(?<![\\p{L}\\d])(?:" + BOUND + ")?(?:(?:EUR|€|USD|US\\$|\\$)\\s?(?:"
            + DIGITS + ")" + SCALE + "|(?:" + DIGITS + ")" + SCALE + "\\s+(?:euro|dollar|US dollars|dollars))(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d])(?:" + BOUND + ")?(" + NUMBER_WORDS + "|"
            + DIGITS + ")\\s+(\\p{L}[\\p{L}-]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words after a number that do not name what is counted. */
    private static final Set<String> NOT_COUNTED = Set.of("en", "of", "tot", "and", "or", "to", "van", "per", "jaar",
            "years", "year", "maanden", "months", "januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december", "january", "february", "march", "may", "june",
            "july", "august", "october");

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}[\\p{L}-]*)");
    /** Words that end what is counted: "three countries to ...", "two conferences on ...". */
    private static final Set<String> ENGLISH_STOP = Set.of("the", "a", "an", "of", "on", "in", "at", "to", "for",
            "with", "by", "from", "and", "or", "that", "which", "who", "per", "each", "this", "these", "will", "are",
            "is", "were", "was", "have", "has", "as", "over", "during", "before", "after", "under", "into");

    private Quantities() {
    }

    /**
     * The amounts in the sentence, in order, leaving out {@code [skipFrom, skipTo)} (the time frame). In English what
     * is counted may take two words ("two side events"); in Dutch the word after the noun is often the clause's
     * final verb ("twee rapporteurs steunen"), and Dutch writes compounds as one word anyway.
     */
    static List<String> in(String sentence, int skipFrom, int skipTo, boolean english) {
        TreeMap<Integer, String> found = new TreeMap<>();
        List<int[]> taken = new ArrayList<>();
        Matcher money = MONEY.matcher(sentence);
        while (money.find()) {
            if (outside(money.start(), money.end(), skipFrom, skipTo)) {
                found.put(money.start(), money.group());
                taken.add(new int[] {money.start(), money.end()});
            }
        }
        Matcher count = COUNT.matcher(sentence);
        while (count.find()) {
            boolean year = count.group(1).matches("(?:19|20)\\d\\d");
            boolean free = taken.stream().allMatch(t -> outside(count.start(), count.end(), t[0], t[1]));
            if (!year && free && outside(count.start(), count.end(), skipFrom, skipTo)
                    && !NOT_COUNTED.contains(count.group(2).toLowerCase())) {
                found.put(count.start(), english ? withSecondWord(sentence, count) : count.group());
            }
        }
        return List.copyOf(found.values());
    }

    private static String withSecondWord(String sentence, Matcher count) {
        Matcher next = NEXT_WORD.matcher(sentence).region(count.end(), sentence.length());
        return next.lookingAt() && !ENGLISH_STOP.contains(next.group(1))
                ? sentence.substring(count.start(), next.end()) : count.group();
    }

    private static boolean outside(int start, int end, int skipFrom, int skipTo) {
        return end <= skipFrom || start >= skipTo;
    }
}
