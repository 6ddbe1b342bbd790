package org.hrcmonitor.index.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.index.search.Searcher;
import org.hrcmonitor.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-ingesting is idempotent: unchanged files are skipped, changed ones replaced, nothing is indexed twice. */
class IngesterTest {
    private static final Pipeline PIPELINE = Pipeline.standard(Duration.ofSeconds(30));

    @TempDir
    Path dir;
    Path input;
    Path index;

    @BeforeEach
    void files() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        index = dir.resolve("index");
        Files.writeString(input.resolve("brief.txt"), "Het kabinet zet zich in voor persvrijheid en voor de veiligheid van journalisten.");
        Files.writeString(input.resolve("note.txt"), "The Council discussed the death penalty and the safety of journalists.");
    }

    private IngestReport ingest() throws Exception {
        try (IndexWriting w = IndexWriting.open(index)) {
            return new Ingester(PIPELINE, 2).run(w, List.of(input), r -> { });
        }
    }

    private long count(String query) throws Exception {
        try (IndexReading r = IndexReading.open(index)) {
            return new Searcher(r).search(SearchRequest.of(query)).total();
        }
    }

    private static Map<Outcome, Integer> counts(int added, int updated, int unchanged, int duplicate, int failed) {
        return Map.of(Outcome.ADDED, added, Outcome.UPDATED, updated, Outcome.UNCHANGED, unchanged,
                Outcome.DUPLICATE, duplicate, Outcome.FAILED, failed);
    }

    @Test
    void oneThreadMeansOneFileAtATimeAndOneRunOneSegment() throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.writeString(input.resolve("extra-" + i + ".txt"), "Resolution " + i + " on the right to food.");
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (IndexWriting w = IndexWriting.open(index)) {
            new Ingester(PIPELINE, 1).run(w, List.of(input), r -> threads.add(Thread.currentThread().getName()));
        }
        // a full queue must make the listing wait, not run files on the caller's thread beside the worker
        assertEquals(1, threads.size(), threads.toString());
        assertFalse(threads.contains(Thread.currentThread().getName()));
        try (IndexReading r = IndexReading.open(index)) {
            // checking what is indexed must not flush a segment per file: merging those kept a core busy
            assertEquals(1, r.reader().leaves().size());
        }
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        assertEquals(counts(2, 0, 0, 0, 0), ingest().counts());
        assertEquals(counts(0, 0, 2, 0, 0), ingest().counts());
        assertEquals(2, count(""));
    }

    @Test
    void aChangedFileReplacesItsOldVersion() throws Exception {
        ingest();
        Files.writeString(input.resolve("note.txt"), "The Council discussed torture prevention.");
        assertEquals(counts(0, 1, 1, 0, 0), ingest().counts());
        assertEquals(2, count(""));
        assertEquals(0, count("\"death penalty\""));
        assertEquals(1, count("torture"));
    }

    @Test
    void aCopyIsADuplicateAndAMoveIsAnUpdate() throws Exception {
        ingest();
        Files.copy(input.resolve("note.txt"), input.resolve("copy.txt"));
        IngestReport copied = ingest();
        assertEquals(counts(0, 0, 2, 1, 0), copied.counts());
        assertTrue(copied.files().stream().anyMatch(f -> f.outcome() == Outcome.DUPLICATE
                && f.reason().equals("same content as " + input.resolve("note.txt").toAbsolutePath())), copied.toString());
        Files.delete(input.resolve("note.txt"));
        assertEquals(counts(0, 1, 1, 0, 0), ingest().counts());
        assertEquals(2, count(""));
    }

    @Test
    void aBadFileFailsAloneAndKeepsWhatWasIndexed() throws Exception {
        ingest();
        Files.write(input.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF".getBytes());
        IngestReport report = ingest();
        assertEquals(counts(0, 0, 2, 0, 1), report.counts());
        FileResult failed = report.failures().get(0);
        assertEquals(input.resolve("broken.pdf"), failed.file());
        assertTrue(failed.reason().contains("application/pdf"), failed.reason());
        assertEquals(2, count("journalists"));
        assertEquals(2, count(""), "a failure record is never a hit");
    }

    @Test
    void anUnchangedBadFileIsNotParsedAgain() throws Exception {
        Files.write(input.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF".getBytes());
        assertEquals(counts(2, 0, 0, 0, 1), ingest().counts());
        IngestReport again = ingest();
        assertEquals(counts(0, 0, 3, 0, 0), again.counts());
        FileResult remembered = again.files().stream().filter(f -> f.file().endsWith("broken.pdf")).findFirst().orElseThrow();
        assertTrue(remembered.reason().startsWith("failed before, not retried: corrupt"), remembered.reason());
    }

    @Test
    void aGoodVersionIsKeptWhenTheFileTurnsBad() throws Exception {
        ingest();
        Files.write(input.resolve("note.txt"), new byte[0]);
        assertEquals(counts(0, 0, 1, 0, 1), ingest().counts());
        assertEquals(1, count("\"death penalty\""));
    }
}
