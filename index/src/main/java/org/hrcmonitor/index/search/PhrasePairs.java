package org.hrcmonitor.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hrcmonitor.index.analysis.Analyzers;

/**
 * A quoted phrase as a query on a body field's word pairs ({@link org.hrcmonitor.index.IndexSchema#pairsField}):
 * every other pair at its position, and the last, cover each word once and keep them adjacent, so the match is the
 * same as by word positions, except that a stop word inside the phrase must be a stop word in the text too (by
 * positions any word would do: "freedom of expression" also matched "freedom, expression" across a removed word).
 * A two-word phrase is a single term; longer ones check a few rare pairs per document.
 *
 * <p>A longer phrase is scored by how often its pairs occur, and their positions are only checked until the first
 * match in each document. Scoring by phrase frequency read every position of every pair in every matching document;
 * with pairs as common as "human right" that was most of a search's time (bench search, 50,000 documents:
 * "human rights defenders" 30 to 21 ms).
 */
final class PhrasePairs {
    private static final String FILLER = Analyzers.PAIR_FILLER;

    private PhrasePairs() {}

    /**
     * The phrase on the pairs field, or null when it analyses to fewer than two words (no pair to look up) or when
     * one of its pairs holds a word too rare to be indexed as a pair ({@code WordPairFilter}): matched by word
     * positions, that word keeps the check to the few documents that hold it.
     */
    static Query of(Analyzer analyzer, String field, String pairsField, String phrase) {
        List<Pair> pairs = trimmed(read(analyzer.tokenStream(pairsField, phrase)));
        List<Pair> all = trimmed(read(Analyzers.pairsOf(analyzer.tokenStream(field, phrase))));
        if (pairs.isEmpty() || !pairs.equals(all)) {
            return null;
        }
        if (pairs.size() == 1) {
            return new TermQuery(new Term(pairsField, pairs.get(0).term()));
        }
        PhraseQuery.Builder adjacent = new PhraseQuery.Builder();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int first = pairs.get(0).position();
        for (int i = 0; i < pairs.size(); i++) {
            if (i % 2 == 0 || i == pairs.size() - 1) {
                Term pair = new Term(pairsField, pairs.get(i).term());
                adjacent.add(pair, pairs.get(i).position() - first);
                query.add(new TermQuery(pair), BooleanClause.Occur.MUST);
            }
        }
        return query.add(adjacent.build(), BooleanClause.Occur.FILTER).build();
    }

    /** A stream of pairs as terms with their positions. */
    static List<Pair> read(TokenStream stream) {
        List<Pair> pairs = new ArrayList<>();
        try (TokenStream s = stream) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = s.addAttribute(PositionIncrementAttribute.class);
            s.reset();
            int position = -1;
            while (s.incrementToken()) {
                position += increment.getPositionIncrement();
                pairs.add(new Pair(term.toString(), position));
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string reads no file", e);
        }
        return pairs;
    }

    /** Without a stop word at either end: a match by positions ignores those too ("de Mensenrechtenraad"). */
    private static List<Pair> trimmed(List<Pair> pairs) {
        int from = 0;
        int to = pairs.size();
        while (from < to && pairs.get(from).term().startsWith(FILLER + " ")) {
            from++;
        }
        while (to > from && pairs.get(to - 1).term().endsWith(" " + FILLER)) {
            to--;
        }
        return pairs.subList(from, to);
    }

    record Pair(String term, int position) {}
}
