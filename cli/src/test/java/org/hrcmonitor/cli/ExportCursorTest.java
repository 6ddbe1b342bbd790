package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export cursor across re-ingests: ingest, export, ingest more and change and delete a file, export --since the
 * cursor. Nothing is lost, nothing is repeated; a changed file comes back under a new id, a deleted one stays.
 */
class ExportCursorTest {
    @TempDir
    static Path dir;
    static Path index;
    static Path changed;
    static Path deleted;
    /** Per mode (documents; sentences naming a country): before, since, full export after, and the cursors. */
    static final Map<String, List<JsonNode>> before = new TreeMap<>();
    static final Map<String, List<JsonNode>> since = new TreeMap<>();
    static final Map<String, List<JsonNode>> after = new TreeMap<>();
    static final Map<String, Long> firstCursor = new TreeMap<>();
    static final Map<String, Long> secondCursor = new TreeMap<>();
    static final Map<String, List<String>> modes = Map.of(
            "document", List.of(),
            "sentence", List.of("--unit", "sentence", "--country", "SA", "--country", "CN", "--country", "NL"));

    @BeforeAll
    static void ingestExportIngestExport() throws Exception {
        index = dir.resolve("index");
        Path files = dir.resolve("files");
        Cli.copyFiles(Cli.corpus().resolve("letters"), files.resolve("letters"));
        ingest(files);
        for (var mode : modes.entrySet()) {
            Cli.Result r = export(mode.getValue(), 0);
            before.put(mode.getKey(), ExportRecordSchema.validLines(r.out()));
            firstCursor.put(mode.getKey(), cursor(r));
        }
        Cli.copyFiles(Cli.corpus().resolve("resolutions"), files.resolve("resolutions"));
        changed = files.resolve("letters/2020-02-14-kamerbrief-prioriteiten-mensenrechtenraad.txt");
        Files.writeString(changed, "\n\nNaschrift: Nederland blijft de situatie in Saoedi-Arabië en China volgen.\n",
                StandardOpenOption.APPEND);
        deleted = files.resolve("letters/2021-06-21-letter-to-high-commissioner.rtf");
        Files.delete(deleted);
        ingest(files);
        for (var mode : modes.entrySet()) {
            Cli.Result r = export(mode.getValue(), firstCursor.get(mode.getKey()));
            since.put(mode.getKey(), ExportRecordSchema.validLines(r.out()));
            secondCursor.put(mode.getKey(), cursor(r));
            after.put(mode.getKey(), ExportRecordSchema.validLines(export(mode.getValue(), 0).out()));
        }
    }

    @Test
    void nothingIsRepeated() {
        for (String mode : modes.keySet()) {
            Set<String> first = ids(before.get(mode));
            assertTrue(ids(since.get(mode)).stream().noneMatch(first::contains), mode);
            assertEquals(since.get(mode).size(), ids(since.get(mode)).size(), mode);
            since.get(mode).forEach(r -> assertTrue(r.get("cursor").asLong() > firstCursor.get(mode), r.toString()));
        }
    }

    @Test
    void nothingIsLostAndOnlyTheOldVersionOfTheChangedFileIsGone() {
        for (String mode : modes.keySet()) {
            Set<String> both = new HashSet<>(ids(before.get(mode)));
            both.addAll(ids(since.get(mode)));
            Set<String> now = ids(after.get(mode));
            assertTrue(both.containsAll(now), mode);
            Set<String> gone = new HashSet<>(both);
            gone.removeAll(now);
            Set<String> oldVersion = before.get(mode).stream().filter(r -> r.get("path").asText().equals(changed.toString()))
                    .map(r -> r.get("id").asText()).collect(Collectors.toSet());
            assertEquals(oldVersion, gone, mode);
            assertTrue(!oldVersion.isEmpty(), mode);
        }
    }

    @Test
    void theSecondExportHoldsTheNewFilesAndTheChangedOneUnderANewId() {
        List<JsonNode> documents = since.get("document");
        Set<String> paths = documents.stream().map(r -> r.get("path").asText()).collect(Collectors.toSet());
        assertTrue(paths.contains(changed.toString()), paths.toString());
        assertEquals(4, paths.size(), paths.toString()); // three resolutions and the changed letter
        assertTrue(since.get("sentence").stream().anyMatch(r -> r.get("text").asText().startsWith("Naschrift")));
    }

    @Test
    void aDeletedFileStaysInTheIndexAndIsNotExportedAgain() {
        List<JsonNode> documents = after.get("document");
        assertTrue(documents.stream().anyMatch(r -> r.get("path").asText().equals(deleted.toString())));
        assertTrue(since.get("document").stream().noneMatch(r -> r.get("path").asText().equals(deleted.toString())));
    }

    @Test
    void anExportSinceTheLastCursorIsEmpty() throws Exception {
        for (var mode : modes.entrySet()) {
            Cli.Result r = export(mode.getValue(), secondCursor.get(mode.getKey()));
            assertEquals("", r.out());
            assertEquals(secondCursor.get(mode.getKey()), cursor(r));
        }
    }

    private static Set<String> ids(List<JsonNode> records) {
        return records.stream().map(r -> r.get("id").asText()).collect(Collectors.toSet());
    }

    private static void ingest(Path files) {
        Cli.Result r = Cli.run("ingest", files.toString(), "--index", index.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    private static Cli.Result export(List<String> args, long cursor) {
        List<String> all = new ArrayList<>(List.of("export", "--index", index.toString(), "--since", Long.toString(cursor)));
        all.addAll(args);
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    private static long cursor(Cli.Result r) {
        return Long.parseLong(r.err().replaceAll("(?s).*--since (\\d+)\\n", "$1"));
    }
}
