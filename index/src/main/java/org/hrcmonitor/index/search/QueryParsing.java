package org.hrcmonitor.index.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
        QueryParser parser = new MultiFieldQueryParser(IndexSchema.defaultFields(), IndexSchema.analyzer()) {
            /** Set while a phrase with slop is parsed: word pairs say nothing about words a few positions apart. */
            private boolean sloppy;

            @Override
            protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
                    throws ParseException {
                String pairsField = IndexSchema.pairsField(field);
                if (pairs && quoted && !sloppy && pairsField != null) {
                    Query query = PhrasePairs.of(analyzer, pairsField, queryText);
                    if (query != null) {
                        return query;
                    }
                }
                return super.newFieldQuery(analyzer, field, queryText, quoted);
            }

            @Override
            protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
                return super.getFieldQuery(mapField(field), queryText, quoted);
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
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            Query query = parser.parse(escapeSlashes(text));
            List<String> phrases = ThemeExpansion.of(text);
            if (phrases.isEmpty()) {
                return query;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
            for (String phrase : phrases) {
                Query expansion = parser.parse("\"" + QueryParser.escape(phrase) + "\"");
                if (phrase.strip().contains(" ")) {
                    expansion = stillPhrases(expansion);
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
     * The fields in which an expansion phrase is still a phrase. Stop words can leave a single word ("a status" is
     * "status" in English text), and one everyday word in place of a phrase would match nearly every document.
     */
    private static Query stillPhrases(Query perField) {
        if (perField instanceof TermQuery) {
            return null;
        }
        if (!(perField instanceof BooleanQuery fields)) {
            return perField;
        }
        BooleanQuery.Builder kept = new BooleanQuery.Builder();
        int n = 0;
        for (BooleanClause c : fields.clauses()) {
            if (!(c.getQuery() instanceof TermQuery)) {
                kept.add(c);
                n++;
            }
        }
        return n == 0 ? null : kept.build();
    }

    private static String mapField(String field) {
        return field == null ? null : IndexSchema.queryField(field);
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
