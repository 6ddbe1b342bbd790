package org.hrcmonitor.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hrcmonitor.index.IndexSchema;

/**
 * Parses what staff type into a Lucene query over the title and every language's body field.
 *
 * <p>Words are ANDed, as in web search: adding a word narrows. A slash is taken literally outside quotes, so a UN
 * symbol like {@code A/HRC/RES/43/1} can be typed as it is (the classic syntax would read it as a regular expression).
 * Multi-token words ({@code Saoedi-Arabië}, symbols) become phrases. A theme phrase is expanded into its other
 * labels and phrases in both languages ({@link ThemeExpansion}).
 */
public final class QueryParsing {
    private QueryParsing() {}

    /** The query matched by word positions: what highlighting needs, and what an index without word pairs can answer. */
    public static Query parse(String text) throws InvalidQueryException {
        return parse(text, false);
    }

    /**
     * The query, with quoted phrases in Dutch and English text matched on word pairs when {@code pairs} is true (the
     * index has them, {@link IndexSchema#hasPairs}): the same documents, found without reading every position of
     * every common word.
     */
    public static Query parse(String text, boolean pairs) throws InvalidQueryException {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        // one analyzer for the query and its expansions: building one builds every field's analysis chain
        Analyzer analyzer = IndexSchema.analyzer();
        Parser parser = new Parser(IndexSchema.defaultFields(), analyzer, pairs);
        try {
            Query query = parser.excusingStopWords(parser.parse(escapeSlashes(text)));
            List<ThemeExpansion.Expansion> phrases = ThemeExpansion.of(text);
            if (phrases.isEmpty()) {
                return query;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
            Map<String, Parser> byLanguage = new HashMap<>();
            for (ThemeExpansion.Expansion e : phrases) {
                String phrase = e.phrase();
                Parser inLanguage = byLanguage.computeIfAbsent(e.lang(),
                        lang -> new Parser(new String[] {IndexSchema.bodyField(lang)}, analyzer, pairs));
                Query expansion = inLanguage.parse("\"" + QueryParser.escape(phrase) + "\"");
                if (phrase.strip().contains(" ")) {
                    expansion = stillPhrase(expansion);
                }
                if (expansion != null) {
                    any.add(expansion, BooleanClause.Occur.SHOULD);
                }
            }
            return any.build();
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidQueryException(text, e.getMessage());
        }
    }

    /**
     * The expansion, or null when it is no longer a phrase. Stop words can leave a single word ("a status" is "status"
     * in English text), and one everyday word in place of a phrase would match nearly every document. A single term
     * on a word-pairs field is still the phrase.
     */
    private static Query stillPhrase(Query expansion) {
        Query q = expansion;
        while (q instanceof BooleanQuery b && b.clauses().size() == 1) {
            q = b.clauses().get(0).getQuery();
        }
        return q instanceof TermQuery t && !IndexSchema.isPairsField(t.getTerm().field()) ? null : expansion;
    }

    private static String mapField(String field) {
        return field == null ? null : IndexSchema.queryField(field);
    }

    /**
     * The classic syntax over {@code fields}, with words ANDed, user field names mapped to index fields, and quoted
     * phrases in Dutch and English text looked up as word pairs when {@code pairs} is true.
     */
    private static final class Parser extends MultiFieldQueryParser {
        private final boolean pairs;
        /** Each unquoted word's query, by the languages of which it is a stop word. */
        private final Map<Query, List<String>> stopWords = new IdentityHashMap<>();
        /** Set while a phrase with slop is parsed: word pairs say nothing about words a few positions apart. */
        private boolean sloppy;

        Parser(String[] fields, Analyzer analyzer, boolean pairs) {
            super(fields, analyzer);
            this.pairs = pairs;
            setDefaultOperator(QueryParser.Operator.AND);
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true);
        }

        @Override
        protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
                throws ParseException {
            String pairsField = IndexSchema.pairsField(field);
            if (pairs && quoted && !sloppy && pairsField != null) {
                Query query = PhrasePairs.of(analyzer, field, pairsField, queryText);
                if (query != null) {
                    return query;
                }
            }
            return super.newFieldQuery(analyzer, field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            Query query = super.getFieldQuery(mapField(field), queryText, quoted);
            if (field == null && !quoted && query != null) {
                List<String> languages = notIndexedIn(queryText);
                if (!languages.isEmpty()) {
                    stopWords.put(query, languages);
                }
            }
            return query;
        }

        /** The languages whose body text does not index {@code word}: it is one of their stop words. */
        private List<String> notIndexedIn(String word) {
            List<String> languages = new ArrayList<>();
            for (String lang : List.of("nl", "en")) {
                try (TokenStream tokens = getAnalyzer().tokenStream(IndexSchema.bodyField(lang), word)) {
                    tokens.reset();
                    if (!tokens.incrementToken()) {
                        languages.add(lang);
                    }
                    tokens.end();
                } catch (IOException e) {
                    throw new UncheckedIOException("analysing a query string reads no file", e);
                }
            }
            return languages;
        }

        /**
         * The query with each required stop word excused in the text of the languages that do not index it, where the
         * query has other required words: "freedom of expression" unquoted found English reports only when "of" was in
         * their title, the one place left where it could match. A stop word alone, or among alternatives ("women OR
         * men", "men" being Dutch for "one"), is searched as it is.
         */
        Query excusingStopWords(Query query) {
            if (!(query instanceof BooleanQuery b)) {
                return query;
            }
            boolean othersRequired = b.clauses().stream()
                    .anyMatch(c -> c.isRequired() && !stopWords.containsKey(c.getQuery()));
            BooleanQuery.Builder out = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                Query sub = excusingStopWords(c.getQuery());
                List<String> languages = stopWords.get(c.getQuery());
                if (languages != null && othersRequired && c.getOccur() == BooleanClause.Occur.MUST) {
                    BooleanQuery.Builder excused = new BooleanQuery.Builder().add(sub, BooleanClause.Occur.SHOULD);
                    for (String lang : languages) {
                        Query inLanguage = new FieldExistsQuery(IndexSchema.bodyField(lang));
                        excused.add(new BoostQuery(inLanguage, 0f), BooleanClause.Occur.SHOULD);
                    }
                    sub = excused.build();
                }
                out.add(sub, c.getOccur());
            }
            return out.build();
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            sloppy = slop > 0;
            try {
                return super.getFieldQuery(mapField(field), queryText, slop);
            } finally {
                sloppy = false;
            }
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(mapField(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(mapField(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(mapField(field), termStr, minSimilarity);
        }
    }

    static String escapeSlashes(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == '/' && !quoted && (i == 0 || text.charAt(i - 1) != '\\')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
