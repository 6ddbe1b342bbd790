package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-up end to end: the real cabinet letter of 14 February 2020, the real report of the Council's 43rd session
 * (which records the Netherlands and Canada introducing the freedom-of-expression mandate resolution), and a
 * fictitious later letter written for these tests ({@code src/test/resources/followup}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpEndToEndTest {
    @TempDir
    static Path work;
    static Path index;
    static Path later;
    /** Every commitment as hrc commitments exports it, right after ingest. */
    static JsonNode commitments;

    @BeforeAll
    static void ingest() throws Exception {
        Path seed = Cli.shared().resolve("seed/000_179d281dde228d13.txt");
        Path report = Cli.shared().resolve("corpus/session-records/g2110341.pdf");
        assumeTrue(Files.exists(seed) && Files.exists(report), "needs ../shared");
        index = work.resolve("index");
        later = work.resolve("letters/voortgangsbrief-2021.txt");
        Files.createDirectories(later.getParent());
        Files.copy(Path.of("src/test/resources/followup/voortgangsbrief-2021.txt"), later);
        Cli.Result r = Cli.run("ingest", seed.toString(), report.toString(), later.getParent().toString(),
                "--index", index.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        commitments = Cli.run("commitments", "--index", index.toString(), "--format", "json").json();
    }

    /** The id of the seed letter's commitment whose sentence contains the words. */
    private static String commitment(String words) {
        for (JsonNode c : commitments) {
            if (c.get("sentence").asText().contains(words)) {
                return c.get("id").asText();
            }
        }
        throw new AssertionError("no commitment with: " + words);
    }

    private static JsonNode followUp(String id) {
        Cli.Result r = Cli.run("followup", id, "--index", index.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        return r.json();
    }

    private static List<String> reasonKinds(JsonNode evidence) {
        List<String> kinds = new ArrayList<>();
        evidence.get("reasons").forEach(reason -> kinds.add(reason.get("kind").asText()));
        return kinds;
    }

    @Test
    @Order(1)
    void theMandateResolutionLedWithCanadaIsFoundInTheSessionReport() {
        JsonNode f = followUp(commitment("Samen met Canada zal het Koninkrijk"));
        assertEquals("evidence-found", f.get("status").asText());
        JsonNode top = f.get("evidence").get(0);
        assertEquals("A/HRC/43/2", top.get("symbol").asText());
        assertTrue(top.get("text").asText().contains("introduced draft resolution A/HRC/43/L.2"), top.toString());
        assertTrue(reasonKinds(top).containsAll(List.of("author", "partner", "theme", "terms")), top.toString());
        assertTrue(top.get("score").asDouble() >= 0.5, top.toString());
    }

    @Test
    @Order(2)
    void reportedResultsInTheLaterLetterRankFirstForTheirOwnCommitments() {
        assertTopEvidence("twee conferenties in Genève en New York", "twee conferenties, een in Genève");
        assertTopEvidence("ten minste drie", "Via de contactgroep");
        assertTopEvidence("hoger regulier VN-budget", "hoger regulier VN-budget");
        assertTopEvidence("opvolging bieden aan de resultaten van de bijeenkomst", "Istanboel Proces");
    }

    private static void assertTopEvidence(String commitmentWords, String evidenceWords) {
        JsonNode f = followUp(commitment(commitmentWords));
        assertEquals("evidence-found", f.get("status").asText(), f.toString());
        assertTrue(f.get("evidence").get(0).get("text").asText().contains(evidenceWords), f.toString());
    }

    @Test
    @Order(3)
    void aCommitmentNothingReportsOnSaysSo() {
        JsonNode f = followUp(commitment("mensenrechten in Jemen"));
        assertTrue(List.of("no-evidence-yet", "overdue").contains(f.get("status").asText()), f.toString());
        Cli.Result text = Cli.run("followup", commitment("mensenrechten in Jemen"), "--index", index.toString());
        assertTrue(text.out().contains(f.get("status").asText()), text.out());
    }

    @Test
    @Order(4)
    void commitmentsFilterByThemeCountryStatusAndDocument() {
        JsonNode expression = Cli.run("commitments", "--index", index.toString(), "--theme", "freedom-of-expression",
                "--format", "json").json();
        assertTrue(expression.size() >= 1);
        expression.forEach(c -> assertTrue(c.get("themes").toString().contains("freedom-of-expression")));
        JsonNode yemen = Cli.run("commitments", "--index", index.toString(), "--country", "ye", "--format", "json").json();
        assertTrue(yemen.size() >= 1 && yemen.get(0).get("sentence").asText().contains("Jemen"), yemen.toString());
        JsonNode found = Cli.run("commitments", "--index", index.toString(), "--status", "evidence-found",
                "--format", "json").json();
        found.forEach(c -> assertEquals("evidence-found", c.get("status").asText()));
        assertTrue(found.size() >= 5, found.toString());
        String laterId = laterId();
        JsonNode ofLater = Cli.run("commitments", "--index", index.toString(), "--doc", laterId, "--format", "json")
                .json();
        ofLater.forEach(c -> assertEquals(laterId, c.get("document").get("id").asText()));
        int expected = 0;
        for (JsonNode c : commitments) {
            expected += c.get("document").get("id").asText().equals(laterId) ? 1 : 0;
        }
        assertEquals(expected, ofLater.size());
        assertEquals(2, Cli.run("commitments", "--index", index.toString(), "--status", "done").exit());
    }

    private static String laterId() {
        JsonNode hits = Cli.run("search", "path:" + later.toAbsolutePath(), "--index", index.toString(),
                "--format", "json").json();
        return hits.get("hits").get(0).get("id").asText();
    }

    @Test
    @Order(5)
    void judgementsPersistAcrossReingestAndTravelWithTheExport() throws Exception {
        String id = commitment("Samen met Canada zal het Koninkrijk");
        JsonNode evidence = followUp(id).get("evidence");
        String top = evidence.get(0).get("id").asText();
        String second = evidence.get(1).get("id").asText();
        assertEquals(0, Cli.run("followup", "reject", id, top, "--note", "wrong paragraph", "--index",
                index.toString()).exit());
        assertEquals(0, Cli.run("followup", "confirm", id, second, "--index", index.toString()).exit());
        String yemen = commitment("mensenrechten in Jemen");
        String inOldLetter = laterId() + "@0";
        assertEquals(0, Cli.run("followup", "confirm", yemen, inOldLetter, "--index", index.toString()).exit());

        Files.writeString(later, "\nBijlage: overzicht van bijeenkomsten.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Cli.Result again = Cli.run("ingest", later.getParent().toString(), "--index", index.toString());
        assertTrue(again.out().matches("(?s).*updated\\s+1.*"), again.out());

        JsonNode f = followUp(id);
        assertEquals("evidence-found", f.get("status").asText());
        JsonNode first = f.get("evidence").get(0);
        assertEquals(second, first.get("id").asText());
        assertEquals("confirmed", first.get("judgement").get("verdict").asText());
        JsonNode last = f.get("evidence").get(f.get("evidence").size() - 1);
        assertEquals(top, last.get("id").asText());
        assertEquals("wrong paragraph", last.get("judgement").get("note").asText());
        JsonNode gone = followUp(yemen);
        assertEquals("evidence-found", gone.get("status").asText(), "a confirmed passage counts even after its "
                + "document changed");
        assertEquals(inOldLetter, gone.get("evidence").get(0).get("id").asText());
        assertTrue(gone.get("evidence").get(0).get("title").isNull(), gone.toString());
        String csv = Cli.run("commitments", "--index", index.toString(), "--format", "csv").out();
        assertTrue(csv.startsWith("id,document,date,lang,actor,action,partners,timeframe"), csv);
        assertTrue(csv.contains("rejected " + top + " (wrong paragraph)"), csv);
        assertEquals(2, Cli.run("followup", "confirm", id, "not-an-id", "--index", index.toString()).exit());
        assertEquals(1, Cli.run("followup", "confirm", "c-nothing", top, "--index", index.toString()).exit());
    }
}
