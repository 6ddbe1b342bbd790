package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hrc export over the sample corpus: the records, their schema, sentence records, CSV, saved queries. */
class ExportCommandTest {
    @TempDir
    static Path index;

    @BeforeAll
    static void ingest() {
        Cli.Result r = Cli.run("ingest", Cli.corpus().toString(), "--index", index.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    private static Cli.Result export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--index", index.toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    @Test
    void everyMatchOfTheSearchIsOneValidRecordInEntryOrder() throws Exception {
        List<JsonNode> records = ExportRecordSchema.validLines(export("--theme", "freedom-of-expression").out());
        JsonNode search = Cli.run("search", "--theme", "freedom-of-expression", "--limit", "100", "--index",
                index.toString(), "--format", "json").json();
        assertEquals(search.get("total").asInt(), records.size());
        List<String> searched = new ArrayList<>();
        search.get("hits").forEach(h -> searched.add(h.get("id").asText()));
        assertEquals(searched.stream().sorted().toList(), records.stream().map(r -> r.get("id").asText()).sorted().toList());
        for (int i = 1; i < records.size(); i++) {
            assertTrue(records.get(i - 1).get("cursor").asLong() <= records.get(i).get("cursor").asLong());
        }
        assertTrue(records.stream().anyMatch(r -> r.get("unit").asText().equals("section")), records.toString());
    }

    @Test
    void theSchemaRejectsARecordMissingAFieldOrWithABadCountry() throws Exception {
        ObjectNode record = (ObjectNode) ExportRecordSchema.validLines(export("journalist").out()).get(0);
        ObjectNode missing = record.deepCopy();
        missing.remove("cursor");
        assertFalse(ExportRecordSchema.errors(missing).isEmpty());
        ObjectNode badCountry = record.deepCopy();
        badCountry.putArray("countries").add("Yemen");
        assertFalse(ExportRecordSchema.errors(badCountry).isEmpty());
    }

    @Test
    void sentencesHoldAMatchAndMeetTheCountryFilterThemselves() throws Exception {
        List<JsonNode> sentences = ExportRecordSchema.validLines(
                export("--unit", "sentence", "--country", "SA", "--lang", "nl").out());
        assertFalse(sentences.isEmpty());
        for (JsonNode s : sentences) {
            assertEquals("sentence", s.get("unit").asText());
            assertTrue(s.get("countries").toString().contains("\"SA\""), s.toString());
            JsonNode doc = Cli.run("show", s.get("parent").asText(), "--index", index.toString(), "--format", "json").json();
            assertEquals(s.get("text").asText(), doc.get("text").asText().substring(s.get("start").asInt(), s.get("end").asInt()));
        }
        List<JsonNode> worded = ExportRecordSchema.validLines(export("--unit", "sentence", "journalisten").out());
        assertFalse(worded.isEmpty());
        worded.forEach(s -> assertTrue(s.get("snippet").asText().contains("<mark>"), s.toString()));
    }

    @Test
    void csvHasAHeaderAndOneRowPerRecord() throws Exception {
        int jsonl = ExportRecordSchema.validLines(export("--country", "CN").out()).size();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export("--country", "CN", "--format", "csv").out())).getRecords();
        assertEquals(jsonl, rows.size());
        rows.forEach(r -> assertTrue(r.get("countries").contains("CN"), r.toString()));
    }

    @Test
    void aSavedQueryExportsWhatItsFiltersFind() throws Exception {
        Path queries = Path.of(System.getProperty("hrc.root", "..")).resolve("examples/queries.yaml");
        String saved = export("--saved", "China", "--queries", queries.toString()).out();
        assertEquals(export("--country", "CN").out(), saved);
        Cli.Result narrowed = export("--saved", "China", "--queries", queries.toString(), "--lang", "en");
        assertTrue(ExportRecordSchema.validLines(narrowed.out()).stream().allMatch(r -> r.get("lang").asText().equals("en")));
    }

    @Test
    void theSummaryNamesTheCursorToResumeFrom() {
        Cli.Result r = export("--kind", "letter");
        assertTrue(r.err().matches("(?s)exported 3 records from 3 matches after cursor 0; next: --since \\d+\\n"), r.err());
        String next = r.err().replaceAll("(?s).*--since (\\d+)\\n", "$1");
        Cli.Result after = export("--kind", "letter", "--since", next);
        assertEquals("", after.out());
    }

    @Test
    void badUsageIsExitTwo() {
        assertEquals(2, Cli.run("export", "--index", index.toString(), "--unit", "paragraph").exit());
        assertEquals(2, Cli.run("export", "--index", index.toString(), "--since", "-1").exit());
        Cli.Result future = Cli.run("export", "--index", index.toString(), "--since", "1000000");
        assertEquals(2, future.exit());
        assertTrue(future.err().contains("from another or a rebuilt index"), future.err());
        assertEquals(2, Cli.run("export", "--index", index.toString(), "--saved", "Nope", "--queries",
                Path.of(System.getProperty("hrc.root", "..")).resolve("examples/queries.yaml").toString()).exit());
    }
}
