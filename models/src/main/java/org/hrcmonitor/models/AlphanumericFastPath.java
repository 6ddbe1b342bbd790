package org.hrcmonitor.models;

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
    private final Tokenizer model;

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
            } else {
                for (Span t : model.tokenizePos(text.substring(start, i))) {
                    tokens.add(new Span(start + t.getStart(), start + t.getEnd()));
                }
            }
        }
        return tokens.toArray(new Span[0]);
    }

    @Override
    public String[] tokenize(String text) {
        return Span.spansToStrings(tokenizePos(text), text);
    }
}
