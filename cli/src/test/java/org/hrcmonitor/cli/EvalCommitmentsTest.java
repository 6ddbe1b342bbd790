package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hrc eval commitments} on the labelled sets, with floors so a regression fails. Measured when written: dev
 * (122 sentences, rules tuned on it) and held-out test (114, labelled and committed before the first run, never
 * tuned on) both P = R = 1.000 in each language; the bar is 0.85. The second held-out set (120 random real
 * sentences with author words, one commitment) gave no false alarm. The third pair was labelled before any run by
 * someone who had not read the rules; dev3 was then used for fixing (before: nl P 0.933 R 0.700, en P 0.889 R 1.000;
 * after: 1.000 throughout) and test3 measured once at the end: nl P 0.947 R 0.857, en P 1.000 R 0.857. Its floors are
 * those values rounded down, so they hold the measurement rather than a wish.
 */
class EvalCommitmentsTest {
    private static final double FLOOR = 0.9;

    @TempDir
    Path dir;

    @Test
    void bothSetsMeetTheFloorInBothLanguages() {
        Path gold = Cli.corpus().resolve(".gold");
        Cli.Result r = Cli.run("eval", "commitments", gold.resolve("commitments-dev.jsonl").toString(),
                gold.resolve("commitments-test.jsonl").toString(), "--format", "json", "--errors");
        assertEquals(0, r.exit(), r.err());
        JsonNode scores = r.json().get("scores");
        for (String set : new String[] {"commitments-dev.jsonl", "commitments-test.jsonl"}) {
            atLeast(scores, set + " nl", FLOOR, FLOOR);
            atLeast(scores, set + " en", FLOOR, FLOOR);
        }
        assertEquals(114, scores.get("commitments-test.jsonl all").get("items").asInt());
        assertTrue(r.json().get("errors").isArray());
    }

    @Test
    void theThirdPairKeepsItsMeasuredScores() {
        Path gold = Cli.corpus().resolve(".gold");
        Cli.Result r = Cli.run("eval", "commitments", gold.resolve("commitments-dev3.jsonl").toString(),
                gold.resolve("commitments-test3.jsonl").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode scores = r.json();
        atLeast(scores, "commitments-dev3.jsonl nl", 1.0, 1.0);
        atLeast(scores, "commitments-dev3.jsonl en", 1.0, 1.0);
        atLeast(scores, "commitments-test3.jsonl nl", 0.94, 0.85);
        atLeast(scores, "commitments-test3.jsonl en", 1.0, 0.85);
        assertEquals(144, scores.get("commitments-test3.jsonl all").get("items").asInt());
    }

    private static void atLeast(JsonNode scores, String row, double precision, double recall) {
        JsonNode s = scores.get(row);
        assertTrue(s != null && s.get("precision").asDouble() >= precision && s.get("recall").asDouble() >= recall,
                row + ": " + s);
    }

    @Test
    void ordinaryTextWithAuthorWordsRaisesAtMostTwoFalseAlarms() {
        Cli.Result r = Cli.run("eval", "commitments",
                Cli.corpus().resolve(".gold/commitments-test2.jsonl").toString(), "--format", "json");
        JsonNode all = r.json().get("commitments-test2.jsonl all");
        assertEquals(120, all.get("items").asInt());
        assertTrue(all.get("fp").asInt() <= 2, all::toString);
    }

    @Test
    void badLinesAreNamedAndCountedButTheRestIsScored() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"text\": \"We will support the resolution.\", \"lang\": \"en\", \"commitment\": true}",
                "{\"text\": \"no label\", \"lang\": \"en\"}",
                "not json",
                "{\"text\": \"China will call for a vote.\", \"lang\": \"en\", \"commitment\": false}"));
        Cli.Result r = Cli.run("eval", "commitments", file.toString(), "--errors");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("gold.jsonl:2: needs \"text\" and a true/false \"commitment\""), r.err());
        assertTrue(r.err().contains("gold.jsonl:3:"), r.err());
        assertTrue(r.out().contains("gold.jsonl en") && r.out().contains("errors (0)"), r.out());
    }
}
