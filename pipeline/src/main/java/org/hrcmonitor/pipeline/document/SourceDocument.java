package org.hrcmonitor.pipeline.document;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader got out of one file, before clean-up: raw text plus whatever the format said about itself.
 *
 * @param path      the file, as given by the document source
 * @param hash      SHA-256 of the file's bytes, hex; the document's identity
 * @param mediaType the detected media type (by content, not by file name)
 * @param text      the extracted text, line breaks as the format had them
 * @param title     a title from the format's metadata or markup, or null
 * @param headings  headings from the markup, in order (empty where the format has none)
 * @param metadata  metadata keys as the format names them (dc:date, DCTERMS.issued, ...), first value each
 */
public record SourceDocument(String path, String hash, String mediaType, String text, String title,
                             List<String> headings, Map<String, String> metadata) {
    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        headings = List.copyOf(headings);
        metadata = Map.copyOf(metadata);
    }
}
