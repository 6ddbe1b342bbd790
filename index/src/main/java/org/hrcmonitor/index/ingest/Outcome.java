package org.hrcmonitor.index.ingest;

import java.util.Locale;

/** What happened to one file in an ingest run: the buckets of the run's summary. */
public enum Outcome {
    /** New to the index. */
    ADDED,
    /** Its content changed (or it moved) since it was indexed; the old version was replaced. */
    UPDATED,
    /** Seen before with the same content: skipped without parsing (also when it could not be read then). */
    UNCHANGED,
    /** The same content is indexed under another path that still exists: not indexed twice. */
    DUPLICATE,
    /** Could not be read; the reason says why. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
