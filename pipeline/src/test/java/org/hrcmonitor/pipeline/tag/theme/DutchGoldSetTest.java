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

    /** 59 sentences (seed letter, ParlaMint) the Dutch terms were tuned on: micro-F1 0.952 (0.818 before). */
    @Test
    void developmentSet() throws IOException {
        assertTrue(score("themes-dev.jsonl").micro().f1() >= 0.95);
    }

    /**
     * 53 sentences from Dutch laws, a treaty and parliamentary decisions: held out until its first run (micro-F1
     * 0.626), then tuned on: 0.894 here, where the language is detected (0.912 by hrc eval tagging, told each line
     * is Dutch; 0.924 before named discrimination of a group also tagged discrimination and single
     * criminal-procedure words tagged justice again, as the newer sets' written conventions have it and this set's
     * labels do not; 0.950 before the abbreviation "OM" became a justice term).
     */
    @Test
    void lawsAndTreatySet() throws IOException {
        assertTrue(score("themes-test.jsonl").micro().f1() >= 0.89);
    }

    /**
     * 91 sentences drawn like themes-test2-nl (treebank text, law sentences), labelled before any run and tuned on:
     * micro-F1 0.936 (0.897 before the rules themes-test5-nl's errors showed: single criminal-procedure words tag
     * justice again, list items; 0.870 before the terms and rules themes-test4-nl's errors showed missing: treaty clauses,
     * "hoofdofficier", family planning, an election's outcome after a time word; 0.897 before one criminal-procedure
     * word stopped tagging justice on its own, as themes-test3-nl's labels have it and this set's do not; 0.844 before
     * everyday words needed a rights context). Each of its two batches scored about 0.71 on its first run.
     */
    @Test
    void secondDevelopmentSet() throws IOException {
        assertTrue(score("themes-dev2-nl.jsonl").micro().f1() >= 0.93);
    }

    /**
     * 94 sentences of general and policy text (treebank news and Wikipedia, most with a taxonomy word in an everyday
     * sense; ParlaMint; laws), labelled before any run, then tuned on: micro-F1 0.892 (0.875 before the
     * themes-test5-nl round, 0.825 before treaty clauses
     * and "hoofdofficier", 0.806 before per-theme context words and dated elections; 0.520 on its first run, when
     * "zijn vrouw" and "als kind" still tagged).
     */
    @Test
    void generalTextSet() throws IOException {
        assertTrue(score("themes-dev3-nl.jsonl").micro().f1() >= 0.89);
    }

    /**
     * 93 sentences labelled before any run (seed letter sentences outside themes-dev, ParlaMint, treebank news and
     * Wikipedia, laws): held out at micro-F1 0.692 (P 0.740, R 0.649), then its errors were read and tuned on: 0.873
     * (P 0.906, R 0.842; 0.847 before the themes-test5-nl round, 0.825 before titles of laws and bodies stopped
     * tagging). Earlier: 0.667 before everyday words
     * needed a rights context, 0.555 before the legal terms.
     */
    @Test
    void formerHeldOutSet() throws IOException {
        assertTrue(score("themes-test2-nl.jsonl").micro().f1() >= 0.87);
    }

    /**
     * 90 sentences (parliament and government, laws and a treaty, treebank text) labelled before any run by someone
     * who had not seen the tagger. Held out at micro-F1 0.667 (P 0.553, R 0.840), measured twice, then its errors were
     * read and tuned on, so it is a development set now: 0.902 (P 0.885, R 0.920) with titles of laws and bodies,
     * compound parts written alone, criminal-procedure words that needed a second justice term and the everyday
     * senses of "bijstand" and "burgeroorlog". Now 0.814 (P 0.706, R 0.960): its labeller tagged no justice on single
     * investigation and prosecution words, the labellers of themes-test4-nl and themes-test5-nl did, and their
     * written conventions ("criminal procedure and the prosecution service at work are justice") are followed.
     */
    @Test
    void thirdSetTunedOnSinceItsSecondMeasurement() throws IOException {
        assertTrue(score("themes-test3-nl.jsonl").micro().f1() >= 0.81);
    }

    /**
     * 150 sentences (committee decision lists, laws and CEDAW, treebank text) labelled blind. Held out once, at the
     * end of the round tuned on themes-test3-nl: micro-F1 0.761 (P 0.833, R 0.700; 0.731 before that round), so that
     * round carried over only in part. Then its errors were read and tuned on, so it is a development set now: 0.906
     * (P 0.901, R 0.910) with treaty procedure clauses, care and childcare words, listed grounds, criminal-law words,
     * names that tag nothing and election outcomes; 0.932 (P 0.906, R 0.960) after the themes-test5-nl round.
     */
    @Test
    void fourthSetTunedOnSinceItsOneMeasurement() throws IOException {
        assertTrue(score("themes-test4-nl.jsonl").micro().f1() >= 0.93);
    }

    /**
     * 150 sentences (laws and CEDAW 102, treebank text 45, decision lists 3) labelled blind. Held out and scored once
     * per tagger version: micro-F1 0.771 before the themes-test3-nl round, 0.725 after it, 0.734 (P 0.866, R 0.636)
     * after the themes-test4-nl round: those rounds traded recall on legal Dutch for precision. Then its errors were
     * read and fixed by kind, so it is a development set now: 0.943 (P 0.940, R 0.947) with single criminal-procedure and court words
     * as justice, named discrimination of a group also as discrimination, list items read as their article, named
     * compounds and formal body names as titles, and terms (strafmaat, delict, anoniem, mensensmokkel, opleiding).
     */
    @Test
    void fifthSetTunedOnSinceItsHeldOutMeasurements() throws IOException {
        assertTrue(score("themes-test5-nl.jsonl").micro().f1() >= 0.94);
    }

    /**
     * 150 sentences (laws and CEDAW 75, treebank text 75) labelled blind and held out: micro-F1 0.768 (P 0.853,
     * R 0.699), with the tagger that scored 0.856 on themes-test6-nl and 0.890 on themes-test8-nl (pooled over the
     * three unseen sets: P 0.899, R 0.826, F1 0.861). Then its errors were read: most misses are calls of this
     * labeller (a court's verdict, a bare "afdoening van zaken" as justice, church matters as religion); the general
     * ones fixed were Dutch past participles of ratification ("geratificeerd", "bekrachtigd") and "bevalling": 0.784
     * by {@code hrc eval tagging}, 0.776 here, where each line's language is detected rather than given.
     */
    @Test
    void seventhSetTunedOnSinceItsOneMeasurement() throws IOException {
        ThemeScores seventh = score("themes-test7-nl.jsonl");
        assertTrue(seventh.micro().f1() >= 0.77, seventh::toString);
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
