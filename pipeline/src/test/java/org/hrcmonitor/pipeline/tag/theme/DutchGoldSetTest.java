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

    /** 59 sentences (seed letter, ParlaMint) the Dutch terms were tuned on: micro-F1 0.947 (0.818 before). */
    @Test
    void developmentSet() throws IOException {
        assertTrue(score("themes-dev.jsonl").micro().f1() >= 0.94);
    }

    /**
     * 53 sentences from Dutch laws, a treaty and parliamentary decisions: held out until its first run (micro-F1
     * 0.626), then tuned on: 0.932 here, where the language is detected (0.950 by hrc eval tagging, told each line
     * is Dutch).
     */
    @Test
    void lawsAndTreatySet() throws IOException {
        assertTrue(score("themes-test.jsonl").micro().f1() >= 0.93);
    }

    /**
     * 91 sentences drawn like the held-out set below (treebank text, law sentences), labelled before any run and
     * tuned on: micro-F1 0.886 (0.844 before everyday words needed a rights context). Each of its two batches scored about 0.71 on its first run.
     */
    @Test
    void secondDevelopmentSet() throws IOException {
        assertTrue(score("themes-dev2-nl.jsonl").micro().f1() >= 0.88);
    }

    /**
     * 94 sentences of general and policy text (treebank news and Wikipedia, most with a taxonomy word in an everyday
     * sense; ParlaMint; laws), labelled before any run, then tuned on: micro-F1 0.806 (0.520 on its first run, when
     * "zijn vrouw" and "als kind" still tagged).
     */
    @Test
    void generalTextSet() throws IOException {
        assertTrue(score("themes-dev3-nl.jsonl").micro().f1() >= 0.80);
    }

    /**
     * 93 sentences never tuned on, labelled before any run, errors never inspected (seed letter sentences outside
     * themes-dev, ParlaMint, treebank news and Wikipedia, laws): micro-F1 0.692 (P 0.740, R 0.649); 0.667 (P 0.621,
     * R 0.719) before everyday words needed a rights context, 0.555 before the legal terms. Still under the 0.80 bar.
     */
    @Test
    void heldOutSet() throws IOException {
        assertTrue(score("themes-test2-nl.jsonl").micro().f1() >= 0.69);
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
