package org.hrcmonitor.pipeline.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagEvaluationTest {

    @Test
    void microAveragesOverLines() {
        TagEvaluation e = TagEvaluation.of(List.of(Set.of("NL", "SY"), Set.of(), Set.of("CN")),
                List.of(Set.of("NL"), Set.of("US"), Set.of("CN")));
        assertEquals(new TagEvaluation(2, 1, 1), e);
        assertEquals(2.0 / 3, e.precision(), 1e-9);
        assertEquals(2.0 / 3, e.recall(), 1e-9);
        assertEquals("P=0.667 R=0.667 F1=0.667 (tp=2 fp=1 fn=1)", e.toString());
    }

    @Test
    void nothingFoundAndNothingLabelledIsPerfect() {
        TagEvaluation e = TagEvaluation.of(List.of(Set.of()), List.of(Set.of()));
        assertEquals(1.0, e.precision());
        assertEquals(1.0, e.recall());
        assertEquals(1.0, e.f1());
    }

    @Test
    void linesMustPairUp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TagEvaluation.of(List.of(Set.of()), List.of()));
        assertEquals("1 gold lines but 0 predicted", e.getMessage());
    }
}
