package org.hrcmonitor.pipeline.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of one paragraph, rejoining words that the layout split over a line end
 * ("Mensenrech-" + "tenraad" → "Mensenrechtenraad") while keeping real hyphens ("Saoedi-" + "Arabië" →
 * "Saoedi-Arabië"); a search for either word must find it.
 *
 * <p>A line ending in a hyphen directly after a letter or digit is a candidate; a dash with a space before it is
 * punctuation and is left alone. For a candidate with last part {@code a} and next part {@code b}, in this order:
 * <ol>
 *   <li>the document itself is the best dictionary: if {@code a-b} occurs elsewhere more often than {@code ab}, the
 *       hyphen is kept, if {@code ab} occurs more often, the word is joined;</li>
 *   <li>"mensenrechten-" + "en" is a suspended compound ("mensenrechten- en vrouwenrechten"): hyphen and space stay;</li>
 *   <li>a hyphen before an uppercase letter or digit, or after an acronym or a number, is real
 *       ("VN-Mensenrechtenraad", "OHCHR-begroting", "2020-begroting");</li>
 *   <li>otherwise the hyphen was the typesetter's and the word is joined.</li>
 * </ol>
 * Built once per document (it counts the document's words) and immutable afterwards.
 */
final class Dehyphenator {
    /** Possessive: a greedy repeated group recurses once per part, and "x-x-x-…" 200,000 parts long overflows the stack. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*+");
    private static final Pattern SPLIT_WORD_AT_END = Pattern.compile("([\\p{L}\\p{N}]+)[-\u2010]$");
    private static final Pattern PART_AT_START = Pattern.compile("^[\\p{L}\\p{N}]+");
    private static final Set<String> CONJUNCTIONS = Set.of("en", "of", "and", "or");

    /** Lower-cased word parts and pairs of adjacent parts ("a-b") with how often each occurs. */
    private final Map<String, Integer> counts;

    private Dehyphenator(Map<String, Integer> counts) {
        this.counts = counts;
    }

    static Dehyphenator of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String[] parts = words.group().split("-");
            for (int i = 0; i < parts.length; i++) {
                counts.merge(parts[i], 1, Integer::sum);
                if (i > 0) {
                    counts.merge(parts[i - 1] + "-" + parts[i], 1, Integer::sum);
                }
            }
        }
        return new Dehyphenator(counts);
    }

    /** Appends {@code line} to a non-empty {@code paragraph}, as the continuation of its last line. */
    void append(StringBuilder paragraph, String line) {
        Matcher split = SPLIT_WORD_AT_END.matcher(paragraph.substring(paragraph.lastIndexOf(" ") + 1));
        Matcher next = PART_AT_START.matcher(line);
        if (!split.find() || !next.find()) {
            paragraph.append(' ').append(line);
            return;
        }
        switch (decide(split.group(1), next.group())) {
            case JOIN -> paragraph.setLength(paragraph.length() - 1);
            case SUSPEND -> paragraph.append(' ');
            case KEEP -> { }
        }
        paragraph.append(line);
    }

    private enum Hyphen { JOIN, KEEP, SUSPEND }

    private Hyphen decide(String before, String after) {
        String a = before.toLowerCase(Locale.ROOT);
        String b = after.toLowerCase(Locale.ROOT);
        int hyphenated = counts.getOrDefault(a + "-" + b, 0);
        int joined = counts.getOrDefault(a + b, 0);
        if (hyphenated != joined) {
            return hyphenated > joined ? Hyphen.KEEP : Hyphen.JOIN;
        }
        if (CONJUNCTIONS.contains(b)) {
            return Hyphen.SUSPEND;
        }
        boolean realHyphen = Character.isUpperCase(after.charAt(0)) || Character.isDigit(after.charAt(0))
                || before.equals(before.toUpperCase(Locale.ROOT)) || Character.isDigit(before.charAt(before.length() - 1));
        return realHyphen ? Hyphen.KEEP : Hyphen.JOIN;
    }
}
