package org.hrcmonitor.pipeline.tag.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The held-out UPR evaluation (sessions 14–20, never used for tuning), on the full set: it takes a few seconds.
 * Skipped where the shared data are absent.
 */
class UprThemeEvaluationTest {
    private static final Path UPRS = Path.of(System.getProperty("hrc.shared", "/work/shared"), "labelled", "uprs");

    @Test
    void readsMacRomanCsvWithCrLineEnds() throws IOException {
        assumeTrue(Files.isDirectory(UPRS), "no shared UPR data");
        List<UprThemeEvaluation.Recommendation> recommendations = UprThemeEvaluation.read(UPRS.resolve("17-20.csv"));
        assertEquals(7984, recommendations.size());
        assertTrue(recommendations.stream().noneMatch(r -> r.text().contains("\r")));
    }

    @Test
    void heldOutMicroF1ReachesTheBar() throws IOException {
        assumeTrue(Files.isDirectory(UPRS), "no shared UPR data");
        List<UprThemeEvaluation.Recommendation> heldOut = new ArrayList<>();
        for (String file : UprThemeEvaluation.HELD_OUT_FILES) {
            heldOut.addAll(UprThemeEvaluation.read(UPRS.resolve(file)));
        }
        ThemeScores scores = new UprThemeEvaluation(new ThemeAnnotator()).evaluate(heldOut);
        System.out.println("UPR held-out (sessions 14-20): " + scores.report());
        assertTrue(scores.micro().f1() >= 0.80, scores.micro().toString());
    }
}
