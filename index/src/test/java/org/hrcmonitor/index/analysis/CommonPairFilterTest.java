package org.hrcmonitor.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hrcmonitor.index.IndexSchema;
import org.junit.jupiter.api.Test;

class CommonPairFilterTest {
    private static final Analyzer ANALYZER = IndexSchema.analyzer();

    @Test
    void onlyPairsOfCommonWordsAreIndexedAtTheirOwnPositions() throws IOException {
        String text = "The Working Group reviewed the Netherlands, including Aruba, Curaçao and Sint Maarten, "
                + "and the protection of human rights defenders.";
        String body = IndexSchema.bodyField("en");
        Map<Integer, String> all = read(Analyzers.pairsOf(ANALYZER.tokenStream(body, text)));
        Map<Integer, String> kept = read(ANALYZER.tokenStream(IndexSchema.pairsField(body), text));
        assertTrue(kept.containsValue("human right"), kept.toString());
        assertTrue(kept.containsValue("protect _"), kept.toString());
        assertTrue(all.containsValue("aruba curaçao"), all.toString());
        assertTrue(kept.values().stream().noneMatch(p -> p.contains("curaçao") || p.contains("aruba")), kept.toString());
        assertTrue(kept.size() < all.size());
        kept.forEach((position, pair) -> assertEquals(all.get(position), pair, "position " + position));
    }

    @Test
    void dutchPairsUseTheDutchList() throws IOException {
        String body = IndexSchema.bodyField("nl");
        Map<Integer, String> kept = read(ANALYZER.tokenStream(IndexSchema.pairsField(body),
                "Het kabinet zal de mensenrechten in Curaçao bevorderen."));
        assertTrue(kept.containsValue("_ mensrecht"), kept.toString());
        assertTrue(kept.values().stream().noneMatch(p -> p.contains("curaçao")), kept.toString());
    }

    /** Pairs by position. */
    private static Map<Integer, String> read(TokenStream stream) throws IOException {
        Map<Integer, String> pairs = new LinkedHashMap<>();
        try (TokenStream s = stream) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = s.addAttribute(PositionIncrementAttribute.class);
            s.reset();
            int position = -1;
            while (s.incrementToken()) {
                position += increment.getPositionIncrement();
                pairs.put(position, term.toString());
            }
            s.end();
        }
        return pairs;
    }
}
