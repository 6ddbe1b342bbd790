package org.hrcmonitor.index.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A search: a query in Lucene syntax and optional filters (null or empty means no filter).
 *
 * @param query     Lucene query syntax: words, "phrases", AND/OR/NOT, field:value; blank matches everything
 * @param kind      letter, resolution, session-record or other
 * @param lang      nl, en or other
 * @param countries ISO codes; a hit mentions at least one of them
 * @param themes    theme ids; a hit addresses at least one of them
 * @param limit     how many hits to return (the total counts all)
 * @param facets    whether to count all matches by country, theme, kind, language and year
 */
public record SearchRequest(String query, String kind, String lang, LocalDate from, LocalDate to,
                            List<String> countries, List<String> themes, int limit, boolean facets) {
    public SearchRequest {
        countries = countries == null ? List.of() : List.copyOf(countries);
        themes = themes == null ? List.of() : List.copyOf(themes);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, List.of(), List.of(), 10, false);
    }

    public SearchRequest withLimit(int value) {
        return new SearchRequest(query, kind, lang, from, to, countries, themes, value, facets);
    }

    public SearchRequest withLanguage(String value) {
        return new SearchRequest(query, kind, value, from, to, countries, themes, limit, facets);
    }
}
