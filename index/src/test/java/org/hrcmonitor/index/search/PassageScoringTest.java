package org.hrcmonitor.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passages scored without the per-passage hash get exactly Lucene's scores, so snippets are chosen as before. */
class PassageScoringTest {
    private static final String[] TERMS = {"freedom", "expression", "journalists", "vrijheid", "meningsuiting",
            "freedom _", "_ expression"};

    @Test
    void scoresEqualLucenesToTheBit() {
        Random random = new Random(20261129);
        PassageScorer lucene = new PassageScorer();
        PassageScoring ours = new PassageScoring();
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(200_000);
            int length = 20 + random.nextInt(600);
            passage.setStartOffset(start);
            passage.setEndOffset(start + length);
            int matches = 1 + random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                int at = start + i * length / matches;
                String term = TERMS[random.nextInt(TERMS.length)];
                passage.addMatch(at, at + term.length(), new BytesRef(term), 1 + term.length() * 3);
            }
            int contentLength = start + length + random.nextInt(100_000);
            assertEquals(Float.floatToIntBits(lucene.score(passage, contentLength)),
                    Float.floatToIntBits(ours.score(passage, contentLength)), passage::toString);
        }
    }
}
