package org.hrcmonitor.pipeline.document;

import java.util.Objects;

/**
 * One sentence: the unit that tagging and search highlighting work on.
 *
 * @param span     where it stands in the document's text
 * @param language the language of its paragraph ({@code nl}, {@code en}, {@code other}), which may differ from the
 *                 document's in a bilingual document
 */
public record Sentence(Span span, String language) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(language, "language");
    }
}
