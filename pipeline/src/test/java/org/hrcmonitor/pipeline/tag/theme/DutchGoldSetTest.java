package org.hrcmonitor.pipeline.tag.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.junit.jupiter.api.Test;

/**
 * Scores the tagger on the hand-labelled Dutch sentences in {@code corpus/.gold/} and pins each score, so a taxonomy
 * change that makes Dutch tagging worse fails here. The floors are measured figures rounded down: regression guards,
 * not targets.
 */
class DutchGoldSetTest {
    private static final Path GOLD = Path.of("../corpus/.gold");

    /** 59 sentences (seed letter, ParlaMint) the Dutch terms were tuned on: micro-F1 0.818. */
    @Test
    void developmentSet() throws IOException {
        assertTrue(score("themes-dev.jsonl").micro().f1() >= 0.80);
    }

    /**
     * 53 sentences from Dutch laws, a treaty and parliamentary decisions, labelled before the tagger ran on them and
     * never tuned on: micro-F1 0.626 (P 0.655, R 0.600), well under the 0.80 bar. Legal Dutch differs from the
     * letters the terms were written for; this is the figure to improve.
     */
    @Test
    void heldOutSet() throws IOException {
        assertTrue(score("themes-test.jsonl").micro().f1() >= 0.62);
    }

    private static ThemeScores score(String file) throws IOException {
        ThemeAnnotator themes = new ThemeAnnotator();
        ObjectMapper json = new ObjectMapper();
        List<Set<String>> gold = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD.resolve(file))) {
            JsonNode item = json.readTree(line);
            assertEquals("nl", item.get("lang").asText());
            Set<String> labels = new TreeSet<>();
            item.get("themes").forEach(t -> labels.add(t.asText()));
            gold.add(labels);
            predicted.add(themes.annotate(ThemeAnnotatorTest.sentences(item.get("text").asText())).themes().stream()
                    .map(ThemeTag::theme).collect(Collectors.toCollection(TreeSet::new)));
        }
        ThemeScores scores = ThemeScores.of(gold, predicted);
        System.out.println(file + " (" + gold.size() + " sentences): " + scores.report());
        assertTrue(gold.size() >= 40, "gold set too small: " + gold.size());
        return scores;
    }
}
