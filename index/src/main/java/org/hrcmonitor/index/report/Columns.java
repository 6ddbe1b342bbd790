package org.hrcmonitor.index.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.index.IndexedDocument;

/**
 * A report's columns: the themes or countries the user named, in their order, else those addressed by the most
 * documents of the report's weeks (then by count, then alphabetically, so equal reports have equal columns).
 *
 * @param others how many more were found than shown
 */
record Columns(List<String> shown, int others) {
    static Columns choose(ReportRequest request, List<IndexedDocument> docs) {
        List<String> named = request.namedColumns();
        if (!named.isEmpty()) {
            return new Columns(named.stream().distinct().toList(), 0);
        }
        Map<String, Integer> documents = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (IndexedDocument d : docs) {
            request.by().counts(d).forEach((column, n) -> {
                documents.merge(column, 1, Integer::sum);
                counts.merge(column, n, Integer::sum);
            });
        }
        List<String> ranked = documents.keySet().stream()
                .sorted(Comparator.comparing((String c) -> -documents.get(c))
                        .thenComparing(c -> -counts.get(c))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        int shown = request.top() == 0 ? ranked.size() : Math.min(request.top(), ranked.size());
        return new Columns(ranked.subList(0, shown), ranked.size() - shown);
    }
}
