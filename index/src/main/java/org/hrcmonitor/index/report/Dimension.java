package org.hrcmonitor.index.report;

import java.util.Map;
import org.hrcmonitor.index.IndexedDocument;

/**
 * What a report's columns are. Themes are counted per sentence at ingest, countries per mention (a sentence naming
 * China twice counts two), so the second figure of a country cell is mentions, and is called so, not sentences.
 */
public enum Dimension {
    theme("sentences"),
    country("mentions");

    private final String measure;

    Dimension(String measure) {
        this.measure = measure;
    }

    /** What the second figure of a cell counts: {@code sentences} for themes, {@code mentions} for countries. */
    public String measure() {
        return measure;
    }

    /** The document's counts per column key, as the index stored them at ingest. */
    Map<String, Integer> counts(IndexedDocument d) {
        return this == theme ? d.themes() : d.countries();
    }
}
