package org.hrcmonitor.pipeline.document;

import java.util.Objects;

/**
 * A human-rights theme that one sentence addresses.
 *
 * @param sentence the sentence's span in the document's text
 * @param theme    the taxonomy id, e.g. {@code freedom-of-expression}
 * @param score    how strongly the sentence addresses it, in (0, 1]
 */
public record ThemeTag(Span sentence, String theme, double score) {
    public ThemeTag {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(theme, "theme");
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1], got " + score);
        }
    }
}
