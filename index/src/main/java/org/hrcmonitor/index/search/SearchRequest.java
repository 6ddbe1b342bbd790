package org.hrcmonitor.index.search;

import java.time.LocalDate;

/**
 * A search: a query in Lucene syntax and optional filters (null means no filter).
 *
 * @param query Lucene query syntax: words, "phrases", AND/OR/NOT, field:value; blank matches everything
 * @param kind  letter, resolution, session-record or other
 * @param lang  nl, en or other
 * @param limit how many hits to return (the total counts all)
 */
public record SearchRequest(String query, String kind, String lang, LocalDate from, LocalDate to, int limit) {
    public SearchRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, 10);
    }
}
