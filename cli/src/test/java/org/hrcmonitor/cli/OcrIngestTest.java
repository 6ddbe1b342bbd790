package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.hrcmonitor.pipeline.fixtures.BadFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/** A scanned letter, ingested from the command line where Tesseract is installed, is found by the words on its page. */
class OcrIngestTest {
    @TempDir
    Path dir;

    static boolean tesseractInstalled() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "tesseract")));
    }

    @Test
    @EnabledIf("tesseractInstalled")
    void aScanIsIngestedAndFound() throws Exception {
        Path folder = dir.resolve("in");
        Files.createDirectories(folder);
        BadFiles.scannedPdf(folder.resolve("scan.pdf"), List.of("The Human Rights Council", "protects journalists"));
        String index = dir.resolve("idx").toString();
        Cli.Result ingest = Cli.run("ingest", folder.toString(), "--index", index);
        assertEquals(0, ingest.exit(), ingest.out() + ingest.err());
        Cli.Result search = Cli.run("search", "journalists", "--index", index, "--format", "json");
        assertEquals(1, search.json().path("total").asInt(), search.out());
        assertTrue(search.json().path("hits").get(0).path("path").asText().endsWith("scan.pdf"), search.out());
    }
}
