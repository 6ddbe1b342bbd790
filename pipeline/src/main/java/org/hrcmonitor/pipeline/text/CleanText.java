package org.hrcmonitor.pipeline.text;

import java.util.List;
import org.hrcmonitor.pipeline.document.Span;

/** Cleaned text and its paragraphs, as offsets into that text. */
public record CleanText(String text, List<Span> paragraphs) {
    public CleanText {
        paragraphs = List.copyOf(paragraphs);
    }
}
