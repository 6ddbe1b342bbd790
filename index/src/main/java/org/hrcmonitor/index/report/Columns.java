package org.hrcmonitor.index.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A report's columns: the themes, countries or saved queries the user named, in their order, else those with the
 * most documents in the report's weeks (then the highest count, then alphabetically, so equal reports have equal
 * columns).
 *
 * @param others how many more were found than shown
 */
record Columns(List<String> shown, int others) {
    static Columns choose(ReportRequest request, Map<String, int[]> totals) {
        List<String> named = request.namedColumns();
        if (!named.isEmpty()) {
            return new Columns(named.stream().distinct().toList(), 0);
        }
        List<String> ranked = totals.keySet().stream()
                .sorted(Comparator.comparing((String c) -> -totals.get(c)[0])
                        .thenComparing(c -> -totals.get(c)[1])
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        int shown = request.top() == 0 ? ranked.size() : Math.min(request.top(), ranked.size());
        return new Columns(ranked.subList(0, shown), ranked.size() - shown);
    }
}
