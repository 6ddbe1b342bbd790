package org.hrcmonitor.index.search;

import java.util.List;

/** The hits of a search, best first, and how many matched in all. */
public record SearchResult(long total, List<Hit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
