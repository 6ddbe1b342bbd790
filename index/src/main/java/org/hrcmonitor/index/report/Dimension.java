package org.hrcmonitor.index.report;

import java.util.Map;
import org.hrcmonitor.index.IndexedDocument;

/**
 * What a report's columns are. Themes are counted per sentence at ingest, countries per mention (a sentence naming
 * China twice counts two), so the second figure of a country cell is mentions, and is called so, not sentences.
 * A saved query's second figure is its matches: documents and sections, what search's total counts.
 */
public enum Dimension {
    theme("sentences"),
    country("mentions"),
    query("matches");

    private final String measure;

    Dimension(String measure) {
        this.measure = measure;
    }

    /** What the second figure of a cell counts: {@code sentences} for themes, {@code mentions} for countries. */
    public String measure() {
        return measure;
    }

    /** The document's counts per theme or country, as the index stored them at ingest. */
    Map<String, Integer> counts(IndexedDocument d) {
        return switch (this) {
            case theme -> d.themes();
            case country -> d.countries();
            case query -> throw new IllegalStateException("saved queries are counted by searching, not from tags");
        };
    }
}
