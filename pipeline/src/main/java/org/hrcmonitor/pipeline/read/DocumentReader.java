package org.hrcmonitor.pipeline.read;

import java.nio.file.Path;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.source.SourceFile;

/**
 * Extracts text and metadata from one format family.
 *
 * <p>How to add a reader: implement this for the media types it handles, return the text with the line breaks the
 * format has (clean-up comes later), throw {@link ReadException} with a reason a user understands for input it cannot
 * read, and register it in {@link Readers}. The reader contract test runs every reader over the same fixtures.
 */
public interface DocumentReader {
    /** Whether this reader handles the (content-detected) media type, e.g. {@code text/html}. */
    boolean accepts(String mediaType);

    SourceDocument read(SourceFile file, String mediaType) throws ReadException;

    /** The path as documents record it: absolute and normalised, so re-ingesting from elsewhere finds the same file. */
    static String pathOf(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
