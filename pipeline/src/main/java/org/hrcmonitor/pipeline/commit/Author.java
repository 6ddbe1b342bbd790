package org.hrcmonitor.pipeline.commit;

import java.util.List;
import java.util.Set;

/**
 * The ways a Dutch government letter names its author: self-references ("het kabinet", "we", "the Government") and
 * the Netherlands itself ("Nederland", "het Koninkrijk der Nederlanden"). Another state's name is never the author,
 * since one sentence cannot tell "Slovenia will" in Slovenia's report from "China will" in ours.
 */
final class Author {
    private static final List<List<String>> DUTCH = phrases(
            "de inzet van het kabinet", "het koninkrijk der nederlanden", "het koninkrijk", "het kabinet",
            "de nederlandse regering", "de regering", "nederland", "wij", "we", "ik");
    private static final List<List<String>> ENGLISH = phrases(
            "the kingdom of the netherlands", "the government of the netherlands", "the dutch government",
            "the netherlands", "the kingdom", "the government", "the cabinet", "my government", "our government",
            "we", "i");
    /** A country name after one of these is an adverbial ("in Nederland"), not the subject. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "uit", "voor", "naar", "met", "door", "van", "op",
            "aan", "tot", "bij", "over", "of", "to", "for", "from", "with", "by", "at", "on", "as", "als");

    /**
     * The words every author phrase contains one of, to pass over sentences without any cheaply: comparing a token's
     * length and letters costs far less than building its lower-cased string (most sentences have none).
     */
    private static final List<String> HEAD_WORDS = List.of("koninkrijk", "kabinet", "regering", "nederland", "wij",
            "we", "ik", "netherlands", "kingdom", "government", "cabinet", "i", "we'll", "we’ll", "i'll", "i’ll");
    /** The head words by length: a token is compared with the few of its own length only. */
    private static final String[][] HEAD_WORDS_BY_LENGTH = byLength(HEAD_WORDS);
    /** The English tokenizer keeps these whole: author and "will" in one token. */
    private static final Set<String> AUTHOR_WILL = Set.of("we'll", "we’ll", "i'll", "i’ll");

    private Author() {
    }

    /** Whether the word is an author contracted with "will" ("we'll"), which commits on its own. */
    static boolean isAuthorWill(String word) {
        return AUTHOR_WILL.contains(word);
    }

    /**
     * Whether {@code text[start, end)} is a word an author phrase is built on. Only head words of its length are
     * compared, an ASCII first letter before the rest: asked of every token, the case-blind comparison with every
     * head word was most of commitment finding.
     */
    static boolean isHeadWord(String text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length >= HEAD_WORDS_BY_LENGTH.length) {
            return false;
        }
        char first = text.charAt(start);
        boolean ascii = first < 128;
        char lower = Character.toLowerCase(first);
        for (String head : HEAD_WORDS_BY_LENGTH[length]) {
            if ((!ascii || head.charAt(0) == lower) && text.regionMatches(true, start, head, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static String[][] byLength(List<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            byLength[n] = words.stream().filter(w -> w.length() == length).toArray(String[]::new);
        }
        return byLength;
    }

    /** The number of words an author phrase covers at {@code at} (longest first), or 0. */
    static int matchAt(List<String> words, int at, boolean dutch) {
        if (at > 0 && PREPOSITIONS.contains(words.get(at - 1))) {
            return 0;
        }
        for (List<String> phrase : dutch ? DUTCH : ENGLISH) {
            if (at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static List<List<String>> phrases(String... phrases) {
        return java.util.Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList();
    }
}
