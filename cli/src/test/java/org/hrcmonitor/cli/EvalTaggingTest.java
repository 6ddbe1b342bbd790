package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hrc eval tagging --errors} on a tiny labelled file: which codes and ids each line missed or got wrong. */
class EvalTaggingTest {
    @TempDir
    Path dir;

    private Path gold;

    @BeforeEach
    void writeGold() throws Exception {
        gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"text\": \"Nederland veroordeelt de doodstraf in Iran.\", \"lang\": \"nl\","
                        + " \"countries\": [\"NL\", \"IR\"], \"themes\": [\"death-penalty\"]}",
                "{\"text\": \"De persvrijheid in Turkije staat onder druk.\", \"lang\": \"nl\","
                        + " \"countries\": [\"FR\"], \"themes\": []}",
                "not json",
                "{\"lang\": \"nl\", \"themes\": []}",
                "{\"text\": \"The Council discussed torture.\", \"lang\": \"en\", \"themes\": [\"torture\"]}"));
    }

    @Test
    void textListsEachWrongLineWithWhatItMissedAndFoundWrongly() {
        Cli.Result r = Cli.run("eval", "tagging", gold.toString(), "--errors");
        assertEquals(1, r.exit(), "two bad lines");
        assertTrue(r.err().contains("gold.jsonl:3:") && r.err().contains("gold.jsonl:4: needs a \"text\""), r.err());
        assertTrue(r.out().contains("errors (1)\n  " + gold + ":2 [nl] missed: FR; wrong: TR, freedom-of-expression\n"
                + "      De persvrijheid in Turkije staat onder druk.\n"), r.out());
    }

    @Test
    void jsonSeparatesCountriesFromThemes() {
        JsonNode json = Cli.run("eval", "tagging", gold.toString(), "--errors", "--format", "json").json();
        JsonNode countries = json.get("scores").get("gold.jsonl countries");
        assertEquals(2, countries.get("items").asInt(), "the English line has no country labels");
        assertEquals(1, countries.get("fp").asInt());
        JsonNode themes = json.get("scores").get("gold.jsonl themes");
        assertEquals(2, themes.get("tp").asInt());
        assertEquals(1, themes.get("fp").asInt());
        assertEquals(0, themes.get("fn").asInt());
        JsonNode error = json.get("errors").get(0);
        assertEquals(1, json.get("errors").size());
        assertEquals(2, error.get("line").asInt());
        assertEquals("[\"FR\"]", error.get("countries").get("missed").toString());
        assertEquals("[\"TR\"]", error.get("countries").get("wrong").toString());
        assertEquals("[\"freedom-of-expression\"]", error.get("themes").get("wrong").toString());
        assertTrue(error.get("themes").get("missed").isEmpty());
    }

    @Test
    void withoutErrorsOnlyTheScoresArePrinted() {
        Cli.Result r = Cli.run("eval", "tagging", gold.toString(), "--format", "json");
        assertTrue(r.json().has("gold.jsonl themes") && !r.out().contains("errors"), r.out());
    }

    /** The description is one paragraph wrapped by picocli, not lines broken by hand and wrapped again. */
    @Test
    void helpWrapsTheDescriptionAsOneParagraph() {
        List<String> lines = Cli.run("eval", "tagging", "--help").out().lines().toList();
        List<String> description = lines.subList(1, lines.indexOf(lines.stream()
                .filter(l -> l.strip().startsWith("GOLD.jsonl")).findFirst().orElseThrow()));
        assertTrue(description.size() >= 3, description::toString);
        description.subList(0, description.size() - 1)
                .forEach(l -> assertTrue(l.length() > 60, () -> "short line in " + description));
    }
}
