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

    /** The phrase on the pairs field, or null when it analyses to fewer than two words (no pair to look up). */
    static Query of(Analyzer analyzer, String pairsField, String phrase) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream pairs = analyzer.tokenStream(pairsField, phrase)) {
            CharTermAttribute term = pairs.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = pairs.addAttribute(PositionIncrementAttribute.class);
            pairs.reset();
            int position = -1;
            while (pairs.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            pairs.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string reads no file", e);
        }
        // a stop word at either end does not count in a match by positions either ("de Mensenrechtenraad")
        while (!terms.isEmpty() && terms.get(0).startsWith(FILLER + " ")) {
            terms.remove(0);
            positions.remove(0);
        }
        while (!terms.isEmpty() && terms.get(terms.size() - 1).endsWith(" " + FILLER)) {
            terms.remove(terms.size() - 1);
            positions.remove(positions.size() - 1);
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(pairsField, terms.get(0)));
        }
        PhraseQuery.Builder adjacent = new PhraseQuery.Builder();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int first = positions.get(0);
        for (int i = 0; i < terms.size(); i++) {
            if (i % 2 == 0 || i == terms.size() - 1) {
                Term pair = new Term(pairsField, terms.get(i));
                adjacent.add(pair, positions.get(i) - first);
                query.add(new TermQuery(pair), BooleanClause.Occur.MUST);
            }
        }
        return query.add(adjacent.build(), BooleanClause.Occur.FILTER).build();
    }
}
