package org.hrcmonitor.index.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hits of a search, best first, how many matched in all ({@code total}: documents and sections, each section a
 * resolution inside a session report), how many of those are whole documents, and (when asked for) facet counts over all matches per
 * dimension: {@code country}, {@code theme}, {@code kind}, {@code lang}, {@code year}.
 */
public record SearchResult(long total, long documents, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // keeps the dimensions in order
    }
}
