package org.hrcmonitor.index.stats;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the index holds: documents and sections, and documents counted by kind, language and year (of the document's
 * date; {@code undated} where it has none). Maps are sorted so output is stable.
 */
public record IndexStats(long documents, long sections, SortedMap<String, Long> byKind,
                         SortedMap<String, Long> byLanguage, SortedMap<String, Long> byYear) {
    public IndexStats {
        byKind = new TreeMap<>(byKind);
        byLanguage = new TreeMap<>(byLanguage);
        byYear = new TreeMap<>(byYear);
    }

    public Map<String, SortedMap<String, Long>> groups() {
        return Map.of("kind", byKind, "language", byLanguage, "year", byYear);
    }
}
