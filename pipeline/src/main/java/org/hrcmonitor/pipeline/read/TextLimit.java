package org.hrcmonitor.pipeline.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most text one document may bring: 5 million characters, about 2,000 pages, far beyond any report the Council
 * publishes. Ingestion holds a document's text, tokens and spans in memory at once, so this limit is what keeps the
 * heap bounded by one document whatever a file claims to contain. Text beyond it is cut off, not failed, so the first
 * part stays searchable; the cut is recorded in the document's metadata and reported as a note on the file.
 */
public final class TextLimit {
    public static final int MAX_CHARS = 5_000_000;
    /** Metadata key set on a document whose text was cut off; its value is the number of characters kept. */
    static final String CUT_OFF = "hrc:text-cut-off";

    private TextLimit() {}

    /** {@code metadata} with the mark that the text was cut off at {@link #MAX_CHARS}. */
    static Map<String, String> markCut(Map<String, String> metadata) {
        Map<String, String> marked = new HashMap<>(metadata);
        marked.put(CUT_OFF, Integer.toString(MAX_CHARS));
        return marked;
    }

    /** The note for a user when a document's text was cut off, read from its metadata. */
    public static Optional<String> note(Map<String, String> metadata) {
        return Optional.ofNullable(metadata.get(CUT_OFF)).map(kept -> String.format(java.util.Locale.ROOT,
                "text cut off after %,d characters (the limit per document); the rest is not indexed",
                Long.parseLong(kept)));
    }
}
