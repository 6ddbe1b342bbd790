package org.hrcmonitor.index.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hrcmonitor.index.IndexSchema;

/**
 * Text analysed as the index analyses a language's body text (Dutch lemmas and stems, English stems, stop words
 * out), so that words taken from a commitment meet the index's terms.
 */
final class Analysis {
    /** An indexed term and where its word stands in the analysed text. */
    record Token(String term, int start, int end) {}

    private static final Analyzer ANALYZER = IndexSchema.analyzer();

    private Analysis() {}

    static Analyzer analyzer() {
        return ANALYZER;
    }

    static List<Token> tokens(String language, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(IndexSchema.bodyField(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return tokens;
    }

    static List<String> terms(String language, String text) {
        return tokens(language, text).stream().map(Token::term).toList();
    }
}
