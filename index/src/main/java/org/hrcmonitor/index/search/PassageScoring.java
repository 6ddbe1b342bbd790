package org.hrcmonitor.index.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's terms, weighted by how early it starts) without Lucene's hash of
 * the passage's terms: that hash allocates a 32 KB block per passage, and a phrase found in every sentence of a long
 * report makes thousands of passages, which made it a tenth of a search's time. A passage has few matches, so its
 * distinct terms are found by comparing each with those seen before; terms are summed in the same order, so the
 * scores are the same to the bit.
 */
final class PassageScoring extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] firstMatch = new int[matches];
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int term = 0;
            while (term < distinct && !terms[firstMatch[term]].bytesEquals(terms[i])) {
                term++;
            }
            if (term == distinct) {
                firstMatch[distinct++] = i;
            }
            inPassage[term]++;
        }
        double score = 0;
        for (int term = 0; term < distinct; term++) {
            int inDocument = passage.getMatchTermFreqsInDoc()[firstMatch[term]];
            score += tf(inPassage[term], passage.getLength()) * weight(contentLength, inDocument);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
