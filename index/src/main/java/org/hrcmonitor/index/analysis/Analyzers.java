package org.hrcmonitor.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;

/**
 * The analysis chain per field: for body text Dutch (lemma table, then stemmer) or English (Porter stemmer) with
 * stop words, a language-neutral chain for titles and other-language text, and whole-value keywords for ids, kinds,
 * symbols and paths. Field names come from the schema; this class only knows what each kind of field needs.
 *
 * <p>One analyzer serves indexing and querying so that a query word meets the same stem it was indexed under.
 */
public final class Analyzers {
    /** What stands in for a removed stop word in a word pair: {@code freedom _}. */
    public static final String PAIR_FILLER = "_";

    private Analyzers() {}

    /**
     * The analyzer for the index's fields.
     *
     * @param dutchText    field name of Dutch body text
     * @param englishText  field name of English body text
     * @param dutchPairs   field name of Dutch body text as word pairs (see {@link #pairs})
     * @param englishPairs field name of English body text as word pairs
     * @param keywords     fields matched whole and case-insensitively (kind, language, symbol, id)
     * @param exact        fields matched whole and case-sensitively (paths)
     */
    public static Analyzer create(String dutchText, String englishText, String dutchPairs, String englishPairs,
                                  List<String> keywords, List<String> exact) {
        Analyzer neutral = custom("standard", "lowercase", "asciiFolding");
        Analyzer keyword = custom("keyword", "lowercase");
        Analyzer exactAnalyzer = custom("keyword");
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(dutchText, dutch());
        perField.put(englishText, new EnglishAnalyzer());
        perField.put(dutchPairs, pairs(dutch(), Language.NL));
        perField.put(englishPairs, pairs(new EnglishAnalyzer(), Language.EN));
        keywords.forEach(f -> perField.put(f, keyword));
        exact.forEach(f -> perField.put(f, exactAnalyzer));
        return new PerFieldAnalyzerWrapper(neutral, perField);
    }

    /**
     * Each two neighbouring words of a body field's analysis as one term, a removed stop word standing in as "_"
     * ({@code freedom _}, {@code _ express}), kept where both words are common ({@link WordPairFilter}). A phrase
     * of common words becomes a few such pairs, each far rarer than its words, so checking it in every matching
     * document reads a few positions instead of every "human" and every "rights".
     */
    private static Analyzer pairs(Analyzer words, Language language) {
        CharArraySet common = WordPairFilter.commonWords(language);
        return new AnalyzerWrapper(words.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return words;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                TokenStream kept = new WordPairFilter(components.getTokenStream(), common);
                return new TokenStreamComponents(components.getSource(), kept);
            }
        };
    }

    /**
     * Every pair of neighbouring words in an analysed text, common or not, at the positions a pairs field gives the
     * ones it keeps: what a phrase needs to tell whether all of its pairs were indexed.
     */
    public static TokenStream pairsOf(TokenStream words) {
        return new WordPairFilter(words);
    }

    /** Dutch with lemmas where the shipped table has them; plain Snowball stemming is the fallback for all words. */
    private static Analyzer dutch() {
        return LanguageModels.shared().lemmaTable(Language.NL)
                .<Analyzer>map(DutchLemmaAnalyzer::new)
                .orElseGet(DutchAnalyzer::new);
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
