package org.hrcmonitor.models;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * A tokenizer that hands the statistical model only the whitespace-separated chunks that contain punctuation: a
 * chunk of letters and digits alone is one token whatever the model would say, and most chunks are such words.
 *
 * <p>OpenNLP's tokenizer already works chunk by chunk and can skip alphanumeric chunks, but only when the model was
 * trained with that option; the English model was not, and spends most of its time confirming that "Council" is one
 * token. Letters and digits here are Unicode ones, so "Genève" takes the fast path too.
 */
final class AlphanumericFastPath implements Tokenizer {
    /**
     * The longest chunk the model is given. Its features include every prefix and suffix of the chunk, so its time
     * grows with the square of the chunk's length: a 400,000-character "x-x-x-..." took hours. Nothing that long is a
     * word; such chunks are split at every character that is not a letter or digit instead.
     */
    static final int MAX_MODEL_CHUNK = 256;

    /** Marks that open a word and are always a token of their own. */
    private static final String OPENING = "(\"“‘[";
    /** Marks that close a word and are always a token of their own. */
    private static final String CLOSING = ",;:)\"”’]?!";

    private static final int CACHED_CHUNKS = 50_000;

    private final Tokenizer model;
    /**
     * The model's split of chunks it has seen. It splits each chunk on its own, so the same chunk always splits the
     * same way, and the chunks it gets ("Council.", "(a)", "Iran's") recur through a corpus like words do.
     */
    private final Cache<String, Span[]> splits = Caches.bounded(CACHED_CHUNKS);

    AlphanumericFastPath(Tokenizer model) {
        this.model = model;
    }

    @Override
    public Span[] tokenizePos(String text) {
        List<Span> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean alphanumeric = true;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                alphanumeric &= Character.isLetterOrDigit(text.charAt(i));
                i++;
            }
            if (start == i) {
                break;
            }
            if (alphanumeric) {
                tokens.add(new Span(start, i));
            } else if (wrappedWord(text, start, i, tokens)) {
                continue;
            } else if (i - start > MAX_MODEL_CHUNK) {
                splitAtPunctuation(text, start, i, tokens);
            } else {
                for (Span t : splits.get(text.substring(start, i), model::tokenizePos)) {
                    tokens.add(new Span(start + t.getStart(), start + t.getEnd()));
                }
            }
        }
        return tokens.toArray(new Span[0]);
    }

    /**
     * A word with only brackets, quotes, commas and the like around it ("(2020),", "“vrijheid”"): each such mark is a
     * token of its own, as the models make it, and the word is one token. Full stops, apostrophes and hyphens are left
     * to the model: "U.S.", "Council's" and "Saoedi-Arabië" are judgement calls. Adds the tokens and answers true,
     * or adds nothing and answers false.
     */
    private static boolean wrappedWord(String text, int from, int to, List<Span> tokens) {
        int start = from;
        while (start < to && OPENING.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        int end = to;
        while (end > start && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        for (int i = from; i < start; i++) {
            tokens.add(new Span(i, i + 1));
        }
        tokens.add(new Span(start, end));
        for (int i = end; i < to; i++) {
            tokens.add(new Span(i, i + 1));
        }
        return true;
    }

    /** Runs of letters and digits are tokens, and so is every other character. */
    private static void splitAtPunctuation(String text, int from, int to, List<Span> tokens) {
        int i = from;
        while (i < to) {
            int start = i;
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                i++;
            }
            tokens.add(new Span(start, i));
        }
    }

    @Override
    public String[] tokenize(String text) {
        return Span.spansToStrings(tokenizePos(text), text);
    }
}
