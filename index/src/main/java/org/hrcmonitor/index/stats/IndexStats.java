package org.hrcmonitor.index.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.index.search.FacetCount;

/**
 * What the index holds: documents and sections, and documents counted per facet dimension (kind, language, year of
 * the document's date or {@code undated}, and the most mentioned countries and themes).
 */
public record IndexStats(long documents, long sections, Map<String, List<FacetCount>> byDimension) {
    public IndexStats {
        byDimension = Collections.unmodifiableMap(new LinkedHashMap<>(byDimension)); // keeps the dimensions in order
    }
}
