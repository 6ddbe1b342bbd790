package org.hrcmonitor.index.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hrcmonitor.pipeline.document.Span;

/**
 * Cuts a stored text into the passages evidence is taken from: each sentence with its neighbours on either side.
 *
 * <p>Passages depend on the text alone, never on the query, so a passage's start offset names it stably across
 * re-ingests of an unchanged file (that is what evidence ids are made of). Sentences are found by punctuation, not by
 * the statistical models: follow-up runs at query time, where loading a model would cost more than the search. PDF
 * line breaks count as spaces, because session records break lines mid-sentence; a numbered paragraph ("200. At the
 * 44th meeting") stays one sentence with the heading before it, which is often where its subject is named.
 */
final class Passages {
    /** Words that end with a period without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "mr", "mrs", "ms", "no", "nos", "nr", "para",
            "paras", "art", "vol", "cf", "vs", "ca", "incl", "resp", "dr", "prof", "st", "jl", "dhr", "mw", "bijv",
            "o.a", "c.s", "m.b.t", "t.a.v", "z.g", "a.o");

    /**
     * Longer "sentences" are cut: session records list sixty sponsors or a page of document titles without a period,
     * and a passage that long would share something with every commitment.
     */
    static final int MAX_SENTENCE = 400;

    private Passages() {}

    /** The sentences of a text, in order, together covering everything but the white space between them. */
    static List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < text.length() && isCloser(text.charAt(end))) {
                    end++;
                }
                addCut(text, start, end, sentences);
                start = skipSpace(text, end);
                i = start - 1;
            }
        }
        int end = text.stripTrailing().length();
        if (start < end) {
            addCut(text, start, end, sentences);
        }
        return sentences;
    }

    /** Adds a sentence, cut after a semicolon or else at a space where it runs past {@link #MAX_SENTENCE}. */
    private static void addCut(String text, int start, int end, List<Span> sentences) {
        int from = start;
        while (end - from > MAX_SENTENCE) {
            int cut = text.lastIndexOf(';', from + MAX_SENTENCE);
            if (cut <= from + MAX_SENTENCE / 4) {
                cut = text.lastIndexOf(' ', from + MAX_SENTENCE);
            }
            if (cut <= from) {
                break;
            }
            sentences.add(new Span(from, cut + 1));
            from = skipSpace(text, cut + 1);
        }
        sentences.add(new Span(from, end));
    }

    /** Sentence {@code i} with the one before and the one after it, where they exist. */
    static Span window(List<Span> sentences, int i) {
        return new Span(sentences.get(Math.max(0, i - 1)).start(),
                sentences.get(Math.min(sentences.size() - 1, i + 1)).end());
    }

    private static boolean endsSentence(String text, int period) {
        int next = period + 1;
        while (next < text.length() && isCloser(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
            return false; // 43/L.2, 3.5, e.g.: no space, no end
        }
        int after = skipSpace(text, next);
        if (after >= text.length()) {
            return true;
        }
        char first = text.charAt(after);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '(' || first == '“' || first == '"')) {
            return false;
        }
        String word = wordBefore(text, period);
        // "D. Consideration", "Mr. Smith", and the number of a numbered paragraph, which starts a sentence rather
        // than ending one
        return !(word.length() == 1 && Character.isLetter(word.charAt(0)))
                && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                && !(!word.isEmpty() && word.chars().allMatch(Character::isDigit) && word.length() <= 3);
    }

    private static String wordBefore(String text, int period) {
        int from = period;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, period).replaceAll("^[(\\[“\"]+", "");
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
