package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus through the real command line: ingest, search, show, stats. */
class IngestSearchEndToEndTest {
    @TempDir
    static Path index;
    static JsonNode firstRun;

    @BeforeAll
    static void ingest() {
        Cli.Result r = Cli.run("ingest", Cli.corpus().toString(), "--index", index.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.out() + r.err());
        firstRun = r.json();
    }

    private static long corpusFiles() throws Exception {
        try (Stream<Path> files = Files.walk(Cli.corpus())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !Cli.corpus().relativize(p).toString().startsWith("."))
                    .count();
        }
    }

    @Test
    void everySampleFileIsAdded() throws Exception {
        assertEquals(corpusFiles(), firstRun.get("added").asLong());
        assertEquals(0, firstRun.get("failed").asInt());
    }

    @Test
    void aSecondRunFindsEverythingUnchanged() throws Exception {
        JsonNode again = Cli.run("ingest", Cli.corpus().toString(), "--index", index.toString(), "--format", "json").json();
        assertEquals(corpusFiles(), again.get("unchanged").asLong());
        assertEquals(0, again.get("added").asInt());
        assertEquals(0, again.get("updated").asInt());
    }

    @Test
    void aWordSplitOverLinesIsFound() {
        JsonNode result = Cli.run("search", "Mensenrechtenraad", "--lang", "nl", "--index", index.toString(),
                "--format", "json").json();
        List<String> paths = new ArrayList<>();
        result.get("hits").forEach(h -> paths.add(h.get("path").asText()));
        assertTrue(paths.stream().anyMatch(p -> p.endsWith("kamerbrief-prioriteiten-mensenrechtenraad.txt")), paths.toString());
    }

    @Test
    void searchJsonHasTheDocumentedShape() {
        JsonNode result = Cli.run("search", "\"Saoedi-Arabië\"", "--index", index.toString(), "--format", "json").json();
        assertTrue(result.get("total").asInt() >= 1, result.toString());
        JsonNode hit = result.get("hits").get(0);
        for (String field : List.of("id", "title", "kind", "lang", "date", "symbol", "path", "score", "countries",
                "themes", "snippets")) {
            assertTrue(hit.has(field), "hit lacks " + field + ": " + hit);
        }
        assertTrue(hit.get("snippets").get(0).asText().contains("<mark>"), hit.toString());
    }

    @Test
    void aResolutionInsideTheSessionReportIsFoundBySymbol() {
        JsonNode result = Cli.run("search", "symbol:A/HRC/RES/44/20", "--index", index.toString(), "--format", "json").json();
        assertEquals(1, result.get("total").asInt(), result.toString());
        JsonNode hit = result.get("hits").get(0);
        assertEquals("resolution", hit.get("kind").asText());
        assertTrue(hit.get("parent").isTextual(), hit.toString());
    }

    @Test
    void showGivesMetadataSectionsAndText() {
        JsonNode hit = Cli.run("search", "symbol:A/HRC/44/2", "--index", index.toString(), "--format", "json")
                .json().get("hits").get(0);
        JsonNode doc = Cli.run("show", hit.get("id").asText(), "--index", index.toString(), "--format", "json").json();
        assertEquals("session-record", doc.get("kind").asText());
        assertEquals("A/HRC/44/2", doc.get("symbol").asText());
        assertEquals(4, doc.get("sections").size(), doc.get("sections").toString());
        assertTrue(doc.get("text").asText().contains("44/12."), doc.get("text").asText());
    }

    @Test
    void statsCountEveryDocumentOnceByKind() throws Exception {
        JsonNode stats = Cli.run("stats", "--index", index.toString(), "--format", "json").json();
        assertEquals(corpusFiles(), stats.get("documents").asLong());
        long byKind = 0;
        for (JsonNode n : stats.get("byDimension").get("kind")) {
            byKind += n.get("count").asLong();
        }
        assertEquals(corpusFiles(), byKind);
    }

    @Test
    void aThemeFilterFindsDutchAndEnglishText() {
        JsonNode result = Cli.run("search", "--theme", "freedom-of-expression", "--limit", "50", "--index",
                index.toString(), "--format", "json").json();
        List<String> langs = new ArrayList<>();
        result.get("hits").forEach(h -> langs.add(h.get("lang").asText()));
        assertTrue(langs.contains("nl") && langs.contains("en"), result.toString());
        result.get("hits").forEach(h -> assertTrue(h.get("themes").toString().contains("freedom-of-expression")));
    }

    @Test
    void countryFilterAndFacetsCountEveryMatch() {
        JsonNode result = Cli.run("search", "--country", "SA", "--facets", "--index", index.toString(),
                "--format", "json").json();
        assertTrue(result.get("total").asInt() >= 2, result.toString());
        JsonNode saudi = null;
        for (JsonNode facet : result.get("facets").get("country")) {
            saudi = facet.get("value").asText().equals("SA") ? facet : saudi;
        }
        assertEquals(result.get("total").asInt(), saudi.get("count").asInt(), result.get("facets").toString());
    }

    @Test
    void csvHasAHeaderAndOneRowPerHit() {
        Cli.Result r = Cli.run("search", "journalists", "--index", index.toString(), "--format", "csv");
        String[] lines = r.out().strip().split("\r\n");
        assertEquals("id,parent,title,kind,lang,date,symbol,path,score,countries,themes,snippet", lines[0]);
        assertTrue(lines.length > 1, r.out());
    }
}
