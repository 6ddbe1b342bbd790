package org.hrcmonitor.pipeline.text;

import java.util.HashMap;
import java.util.HashSet;
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
 * Built once per document (it counts the words its line ends ask about) and used by one thread.
 */
final class Dehyphenator {
    private static final Pattern SPLIT_WORD_AT_END = Pattern.compile("([\\p{L}\\p{N}]+)[-\u2010]$");
    private static final Pattern PART_AT_START = Pattern.compile("^[\\p{L}\\p{N}]+");
    private static final Set<String> CONJUNCTIONS = Set.of("en", "of", "and", "or");

    private final String text;
    /**
     * How often each word, or pair of parts ("a-b"), that a line-end decision will ask about occurs. Counting every
     * word of a report took most of the clean-up's time; the decisions ask about a few dozen.
     */
    private final Map<String, Integer> counts;
    /** Counts of all words, made only if a decision asks about a word the line ends did not predict. */
    private Map<String, Integer> all;

    private Dehyphenator(String text, Map<String, Integer> counts) {
        this.text = text;
        this.counts = counts;
    }

    static Dehyphenator of(String text) {
        // every line that ends in a word part and a hyphen, with a word part starting the next line
        Set<String> asked = new HashSet<>();
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
            if (end == 0) {
                continue; // a text that opens with a line break (most PDFs) still has line ends to read after it
            }
            char hyphen = text.charAt(end - 1);
            if ((hyphen != '-' && hyphen != '\u2010') || end + 1 >= text.length()) {
                continue;
            }
            int from = end - 1;
            while (from > 0 && isWordChar(text.charAt(from - 1))) {
                from--;
            }
            int to = end + 1;
            while (to < text.length() && isWordChar(text.charAt(to))) {
                to++;
            }
            if (from < end - 1 && to > end + 1) {
                String a = text.substring(from, end - 1).toLowerCase(Locale.ROOT);
                String b = text.substring(end + 1, to).toLowerCase(Locale.ROOT);
                asked.add(a + "-" + b);
                asked.add(a + b);
            }
        }
        return new Dehyphenator(text, count(text, asked));
    }

    /**
     * Occurrences of word parts and of pairs of adjacent parts ("a-b"), all of them when {@code only} is null, else
     * only those in it. Words are runs of letters and digits joined by single hyphens, walked by
     * hand: a part's lower-case hash is built as it is read, and only a part whose hash is one asked about
     * becomes a string. Making a lower-case string of every word of a report cost more than the rest of the clean-up.
     */
    private static Map<String, Integer> count(String text, Set<String> only) {
        Map<String, Integer> counts = new HashMap<>();
        Set<Integer> hashes = new HashSet<>();
        if (only != null) {
            only.forEach(key -> {
                counts.put(key, 0); // asked about and absent is a count too
                hashes.add(key.hashCode());
            });
            if (only.isEmpty()) {
                return counts;
            }
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int previous = -1;
            int pair = 0;
            while (true) {
                int start = i;
                int part = 0;
                for (; i < n && isWordChar(text.charAt(i)); i++) {
                    char lower = Character.toLowerCase(text.charAt(i));
                    part = 31 * part + lower;
                    pair = 31 * pair + lower;
                }
                add(counts, only, hashes, part, text, start, i);
                if (previous >= 0) {
                    add(counts, only, hashes, pair, text, previous, i);
                }
                if (i + 1 < n && text.charAt(i) == '-' && isWordChar(text.charAt(i + 1))) {
                    previous = start;
                    pair = 31 * part + '-';
                    i++;
                } else {
                    break;
                }
            }
        }
        return counts;
    }

    private static boolean isWordChar(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static void add(Map<String, Integer> counts, Set<String> only, Set<Integer> hashes, int hash, String text,
                            int start, int end) {
        if (only != null && !hashes.contains(hash)) {
            return;
        }
        String key = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (only == null || only.contains(key)) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    /** Whether a line end of the text asks about this word or part pair, so it was counted when the text was read. */
    boolean foresaw(String key) {
        return counts.containsKey(key);
    }

    /** How often a word or part pair occurs; a key no line end predicted (rare: see {@link #of}) counts them all. */
    private int occurrences(String key) {
        Integer n = counts.get(key);
        if (n != null) {
            return n;
        }
        if (all == null) {
            all = count(text, null);
        }
        return all.getOrDefault(key, 0);
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
        int hyphenated = occurrences(a + "-" + b);
        int joined = occurrences(a + b);
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
