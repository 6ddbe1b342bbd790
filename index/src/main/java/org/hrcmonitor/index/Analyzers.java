package org.hrcmonitor.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The analysis chain per field: Dutch or English stemming and stop words for body text by the document's language,
 * a language-neutral chain for titles and other-language text, and lowercase keywords for ids, kinds and symbols.
 *
 * <p>One analyzer serves indexing and querying so that a query word meets the same stem it was indexed under.
 */
final class Analyzers {
    private Analyzers() {}

    static Analyzer create() {
        Analyzer neutral = custom("standard", "lowercase", "asciiFolding");
        Analyzer keyword = custom("keyword", "lowercase");
        Analyzer exact = custom("keyword");
        return new PerFieldAnalyzerWrapper(neutral, Map.of(
                IndexSchema.TEXT_NL, new DutchAnalyzer(),
                IndexSchema.TEXT_EN, new EnglishAnalyzer(),
                IndexSchema.KIND, keyword,
                IndexSchema.LANG, keyword,
                IndexSchema.SYMBOL, keyword,
                IndexSchema.ID, keyword,
                IndexSchema.PATH, exact,
                IndexSchema.PARENT, keyword));
    }

    private static Analyzer custom(String tokenizer, String... filters) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer(tokenizer);
            for (String filter : filters) {
                b.addTokenFilter(filter);
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("built-in analysis components are on the classpath", e);
        }
    }
}
