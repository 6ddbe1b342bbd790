package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexedDocument;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code hrc ingest} process killed mid-run leaves an index that opens, and a re-run completes it. */
class CrashRecoveryTest {
    private static final int FILES = 400;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesACleanIndexThatARerunCompletes() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(input.resolve("note-" + i + ".txt"),
                    "Note " + i + " on press freedom and the safety of journalists in country number " + i + ".");
        }
        Path index = dir.resolve("index");
        Process child = Cli.process(List.of(), "ingest", input.toString(), "--index", index.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        waitForFirstCommitAfterTheEmptyOne(index, child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        try (FSDirectory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
            assertTrue(check.checkIndex().clean, "CheckIndex found problems after SIGKILL");
        }
        int before = documents(index).size();
        assertTrue(before < FILES, "the child finished before it was killed; nothing was tested");

        Cli.Result rerun = Cli.run("ingest", input.toString(), "--index", index.toString(), "--format", "json");
        assertEquals(0, rerun.exit(), rerun.out() + rerun.err());
        assertEquals(before, rerun.json().get("unchanged").asInt());
        assertEquals(FILES - before, rerun.json().get("added").asInt());
        List<IndexedDocument> after = documents(index);
        Set<String> paths = new HashSet<>();
        after.forEach(d -> paths.add(d.path()));
        assertEquals(FILES, after.size());
        assertEquals(FILES, paths.size());
    }

    /** Waits until the child has committed some documents, or has run long enough that it should have. */
    private static void waitForFirstCommitAfterTheEmptyOne(Path index, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.isDirectory(index)) {
                try (var files = Files.list(index)) {
                    if (files.anyMatch(p -> p.getFileName().toString().equals("segments_2"))) {
                        Thread.sleep(300);
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
    }

    private static List<IndexedDocument> documents(Path index) throws Exception {
        try (IndexReading r = IndexReading.open(index)) {
            return r.all(new MatchAllDocsQuery(), Integer.MAX_VALUE, Sort.INDEXORDER);
        }
    }
}
