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
 * Scores the tagger on the hand-labelled Dutch sentences in {@code corpus/.gold/themes-dev.jsonl} and pins the
 * score, so a taxonomy change that makes Dutch tagging worse fails here.
 */
class DutchGoldSetTest {
    private static final Path GOLD = Path.of("../corpus/.gold/themes-dev.jsonl");

    @Test
    void dutchGoldSetScore() throws IOException {
        ThemeAnnotator themes = new ThemeAnnotator();
        ObjectMapper json = new ObjectMapper();
        List<Set<String>> gold = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD)) {
            JsonNode item = json.readTree(line);
            assertEquals("nl", item.get("lang").asText());
            Set<String> labels = new TreeSet<>();
            item.get("themes").forEach(t -> labels.add(t.asText()));
            gold.add(labels);
            predicted.add(themes.annotate(ThemeAnnotatorTest.sentences(item.get("text").asText())).themes().stream()
                    .map(ThemeTag::theme).collect(Collectors.toCollection(TreeSet::new)));
        }
        ThemeScores scores = ThemeScores.of(gold, predicted);
        System.out.println("Dutch gold set (" + gold.size() + " sentences): " + scores.report());
        assertTrue(gold.size() >= 40, "gold set too small: " + gold.size());
        assertTrue(scores.micro().f1() >= MIN_F1, scores.report());
    }

    /** The measured micro-F1, rounded down: a regression guard, not a target. */
    private static final double MIN_F1 = 0.80;
}
