package org.hrcmonitor.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;
import org.junit.jupiter.api.Test;

class SpeedBenchmarkTest {

    private final SpeedBenchmark bench = new SpeedBenchmark(LanguageModels.shared());

    @Test
    void measuresEveryStageOfALanguage() {
        List<SpeedResult> results = bench.run(Language.NL,
                "Het kabinet zet zich in voor mensenrechten. Nederland is lid van de Mensenrechtenraad.", "test", 3, 200);
        assertEquals(List.of("sentence+token", "pos", "lemma-dictionary", "lemma-me"),
                results.stream().map(SpeedResult::stage).toList());
        for (SpeedResult result : results) {
            assertTrue(result.tokensPerSecond() > 0, result.toString());
            assertTrue(result.tokensPerRun() >= 200, result.toString());
        }
    }

    @Test
    void rejectsNonPositiveRuns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bench.run(Language.EN, "Text.", "test", 0, 10));
        assertEquals("runs and minTokens must be positive, got 0, 10", e.getMessage());
    }
}
