package org.hrcmonitor.index.report;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hrcmonitor.index.queries.SavedQuery;
import org.hrcmonitor.index.search.SearchRequest;

/**
 * What to report on.
 *
 * @param filters      query words, kind, language, countries, themes and the date range, as for search (its limit is
 *                     not used); the range is widened to whole weeks; null ends mean the weeks the documents span
 * @param by           columns per theme, per country or per saved query
 * @param queries      the saved queries, one column each, for a report by query
 * @param byIngestDate count a document in the week it entered the index instead of the week of its date
 * @param top          when no column is named, how many of the most frequent to show (0: all)
 * @param zone         where a week starts, for ingest times
 */
public record ReportRequest(SearchRequest filters, Dimension by, List<SavedQuery> queries, boolean byIngestDate,
                            int top, ZoneId zone) {
    public ReportRequest {
        queries = queries == null ? List.of() : List.copyOf(queries);
        if (by == Dimension.query && queries.isEmpty()) {
            throw new IllegalArgumentException("a report by saved query needs saved queries");
        }
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(zone, "zone");
        if (top < 0) {
            throw new IllegalArgumentException("top must be 0 (all) or more, got " + top);
        }
    }

    /** The columns named: the filter's themes or countries, or every saved query, in order; empty: choose the top. */
    List<String> namedColumns() {
        return switch (by) {
            case theme -> filters.themes();
            case country -> filters.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
            case query -> queries.stream().map(SavedQuery::name).toList();
        };
    }
}
