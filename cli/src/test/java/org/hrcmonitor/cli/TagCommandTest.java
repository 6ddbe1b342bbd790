package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hrc tag} on a file, on standard input and in batch, as another tool would call it. */
class TagCommandTest {
    private static final String LETTER = "Het kabinet blijft Saoedi-\nArabië en Iran aanspreken op het gebruik van de "
            + "doodstraf. Nederland steunt de resolutie over de veiligheid van journalisten en persvrijheid.";

    @TempDir
    Path dir;

    private static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.get("countries").forEach(c -> codes.add(c.get("code").asText()));
        return codes;
    }

    private static List<String> themes(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("themes").forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    @Test
    void aFileIsTaggedAfterTheSameCleanUpAsIngest() throws Exception {
        Path file = Files.writeString(dir.resolve("brief.txt"), LETTER);
        JsonNode result = Cli.run("tag", file.toString(), "--format", "json").json();
        assertEquals("nl", result.get("lang").asText());
        assertTrue(codes(result).containsAll(List.of("SA", "IR", "NL")), result.toString());
        JsonNode saudi = result.get("countries").get(codes(result).indexOf("SA"));
        JsonNode mention = saudi.get("mentions").get(0);
        assertEquals("Saoedi-Arabië", mention.get("text").asText());
        assertEquals(mention.get("end").asInt() - mention.get("start").asInt(), "Saoedi-Arabië".length());
        assertTrue(themes(result).containsAll(List.of("death-penalty", "freedom-of-expression")), result.toString());
    }

    @Test
    void commitmentsAreListedWithOffsetsAndDetails() throws Exception {
        Path file = Files.writeString(dir.resolve("brief.txt"), LETTER);
        JsonNode commitments = Cli.run("tag", file.toString(), "--format", "json").json().get("commitments");
        assertEquals(2, commitments.size(), commitments.toString());
        JsonNode first = commitments.get(0);
        assertEquals("Het kabinet blijft Saoedi-Arabië en Iran aanspreken op het gebruik van de doodstraf.",
                first.get("text").asText());
        assertEquals("Het kabinet", first.get("actor").asText());
        assertEquals(List.of("SA", "IR"), List.of(first.get("countries").get(0).asText(),
                first.get("countries").get(1).asText()));
        assertTrue(first.get("timeframe").isNull());
        assertTrue(first.get("id").asText().matches("c-[0-9a-f]{12}"));
        JsonNode second = commitments.get(1);
        assertEquals(second.get("text").asText().length(), second.get("end").asInt() - second.get("start").asInt());
        String text = Cli.run("tag", file.toString()).out();
        assertTrue(text.contains("commitments (2)") && text.contains("Nederland: steunt resolutie"), text);
    }

    @Test
    void batchAnswersEachLineInOrderAndNamesBadLines() throws Exception {
        String lines = "{\"id\": \"a\", \"text\": \"The Council condemned the use of torture in Syria.\", \"lang\": \"en\"}\n"
                + "not json\n"
                + "{\"id\": 7, \"text\": \"Nederland steunt mensenrechtenverdedigers in China.\"}\n";
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = Cli.run("tag", "--batch");
            String[] out = r.out().strip().split("\n");
            assertEquals(3, out.length, r.out());
            JsonNode first = org.hrcmonitor.cli.output.Json.mapper().readTree(out[0]);
            assertEquals("a", first.get("id").asText());
            assertEquals(List.of("SY"), codes(first));
            assertTrue(themes(first).contains("torture"), first.toString());
            assertTrue(out[1].contains("\"error\":\"line 2:"), out[1]);
            JsonNode third = org.hrcmonitor.cli.output.Json.mapper().readTree(out[2]);
            assertEquals(7, third.get("id").asInt());
            assertTrue(codes(third).containsAll(List.of("NL", "CN")), third.toString());
            assertEquals(1, r.exit());
        } finally {
            System.setIn(stdin);
        }
    }
}
