package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.read.Readers;
import org.hrcmonitor.pipeline.source.FileSource;

/**
 * Documents for annotator tests, made directly: the text clean-up is another branch's work, so real files go in with
 * the reader's raw text, which the rules must handle as well as cleaned text.
 */
final class Docs {
    private Docs() {}

    static Document of(String text) {
        return of(text, Map.of());
    }

    static Document of(String text, Map<String, String> metadata) {
        return new Document("0123456789abcdef", "0123456789abcdef", "/tmp/test.txt", "text/plain", "", null, null,
                null, null, text, List.of(), List.of(), metadata);
    }

    /** A file of the shared corpus as the reader gives it; skips the test where the shared folder is absent. */
    static Document read(String relative) throws Exception {
        Path file = Path.of(System.getProperty("hrc.shared", "../../shared")).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared corpus not found: " + file);
        SourceDocument source = new Readers().read(FileSource.describe(file));
        return new Document(source.hash().substring(0, 16), source.hash(), source.path(), source.mediaType(),
                source.title() == null ? "" : source.title().strip(), null, null, null, null, source.text(),
                List.of(), List.of(), source.metadata());
    }
}
