package org.hrcmonitor.pipeline.annotate;

import org.hrcmonitor.pipeline.document.Document;

/**
 * One annotation step: reads a document and returns a copy with one more layer filled in.
 *
 * <p>How to add an annotator: write a small final class that does one thing (detect a date, find sections, ...),
 * never throws on odd input (leave the layer empty instead), and add it to the list in
 * {@link org.hrcmonitor.pipeline.Pipeline#standard()}. Its tests give a text and assert the exact result.
 */
@FunctionalInterface
public interface Annotator {
    Document annotate(Document doc);
}
