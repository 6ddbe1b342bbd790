package org.hrcmonitor.pipeline.document;

import java.util.Objects;

/**
 * A part of a document that is findable on its own, such as one resolution inside a session report.
 *
 * @param symbol the part's own UN symbol (e.g. {@code A/HRC/RES/43/1}), or null
 * @param title  its heading
 * @param kind   what the part is (a resolution inside a session record is a {@link Kind#RESOLUTION})
 * @param span   where it stands in the document's text
 */
public record Section(String symbol, String title, Kind kind, Span span) {
    public Section {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
