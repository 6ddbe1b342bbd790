package org.hrcmonitor.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.models.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped models reach the bars of issue 3 on data they were not trained on. */
class ModelEvaluatorTest {

    private static Map<String, EvalResult> dutch;
    private static Map<String, EvalResult> english;

    @BeforeAll
    static void evaluate() throws IOException {
        List<EvalResult> results = new ModelEvaluator(LanguageModels.shared()).evaluateAll(SharedData.nlpData());
        dutch = byModel(results, Language.NL);
        english = byModel(results, Language.EN);
    }

    @Test
    void dutchModelsReachTheBarsOnAlpinoTest() {
        assertAtLeast(0.90, dutch.get("sentence"));
        assertAtLeast(0.98, dutch.get("token"));
        assertAtLeast(0.90, dutch.get("pos"));
        assertAtLeast(0.88, dutch.get("lemma-dictionary"));
        assertAtLeast(0.88, dutch.get("lemma-me"));
        assertEquals("nl_alpino-ud-test.conllu", dutch.get("token").testData());
        assertEquals(11046, dutch.get("pos").items());
    }

    @Test
    void englishModelsAreScoredOnTheHandAnnotatedSample() {
        assertEquals(List.of("lemma-me", "pos", "sentence", "token"), english.keySet().stream().sorted().toList());
        assertEquals(10, english.get("sentence").items());
        english.values().forEach(r -> assertAtLeast(0.85, r));
    }

    private static void assertAtLeast(double bar, EvalResult result) {
        assertTrue(result.value() >= bar, result + " is below " + bar);
    }

    private static Map<String, EvalResult> byModel(List<EvalResult> results, Language language) {
        return results.stream().filter(r -> r.language() == language)
                .collect(Collectors.toMap(EvalResult::model, r -> r));
    }
}
