package org.hrcmonitor.index.report;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hrcmonitor.index.search.SearchRequest;

/**
 * What to report on.
 *
 * @param filters      query words, kind, language, countries, themes and the date range, as for search (its limit is
 *                     not used); the range is widened to whole weeks; null ends mean the weeks the documents span
 * @param by           columns per theme or per country
 * @param byIngestDate count a document in the week it entered the index instead of the week of its date
 * @param top          when no column is named, how many of the most frequent to show (0: all)
 * @param zone         where a week starts, for ingest times
 */
public record ReportRequest(SearchRequest filters, Dimension by, boolean byIngestDate, int top, ZoneId zone) {
    public ReportRequest {
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(zone, "zone");
        if (top < 0) {
            throw new IllegalArgumentException("top must be 0 (all) or more, got " + top);
        }
    }

    /** The columns named by the filters: the themes for a theme report, the countries for a country report. */
    List<String> namedColumns() {
        return by == Dimension.theme ? filters.themes() : filters.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
    }
}
