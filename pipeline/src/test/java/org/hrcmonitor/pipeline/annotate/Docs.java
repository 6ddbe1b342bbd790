package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
    private static final Map<Path, Document> READ = new HashMap<>();
    private Docs() {}

    static Document of(String text) {
        return of(text, Map.of());
    }

    static Document of(String text, Map<String, String> metadata) {
        return Document.unannotated(new SourceDocument("/tmp/test.txt", "0123456789abcdef", "text/plain", text, null,
                List.of(), metadata), text, List.of());
    }

    /** The shared folder (Surefire sets {@code hrc.shared}); skips the test where it is absent. */
    static Path shared(String relative) {
        Path file = Path.of(System.getProperty("hrc.shared", "../../shared")).resolve(relative);
        assumeTrue(Files.exists(file), "shared folder not found: " + file);
        return file;
    }

    /**
     * A file of the shared folder as the reader gives it. Parsing the big PDFs is what makes these tests slow, so each
     * file is parsed once per test run, whichever class asks first.
     */
    static synchronized Document read(String relative) throws Exception {
        Path file = shared(relative);
        Document cached = READ.get(file);
        if (cached != null) {
            return cached;
        }
        SourceDocument source = new Readers().read(FileSource.describe(file));
        Document doc = Document.unannotated(source, source.text(), List.of());
        READ.put(file, doc);
        return doc;
    }
}
