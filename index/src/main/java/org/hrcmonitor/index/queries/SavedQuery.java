package org.hrcmonitor.index.queries;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hrcmonitor.index.search.SearchRequest;

/**
 * A named search from a saved-queries file: query text and filters, as in {@link SearchRequest} (null or empty
 * means no filter).
 *
 * @param name   what staff call it ("Press freedom"); unique within its file
 * @param origin where it is defined ({@code file:line}), for messages
 */
public record SavedQuery(String name, String query, String kind, String lang, LocalDate from, LocalDate to,
                         List<String> countries, List<String> themes, String origin) {
    public SavedQuery {
        Objects.requireNonNull(name, "name");
        query = query == null ? "" : query;
        countries = countries == null ? List.of() : List.copyOf(countries);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The search this query stands for. */
    public SearchRequest request(int limit, boolean facets) {
        return new SearchRequest(query, kind, lang, from, to, countries, themes, limit, facets);
    }

    /**
     * This query combined with what was typed on the command line: words are added with AND; a filter given there
     * replaces this query's filter of the same kind (so {@code --from}/{@code --to} narrow a saved query to a week,
     * whatever dates it was saved with); limit and facets come from the command line.
     */
    public SearchRequest with(SearchRequest typed) {
        return new SearchRequest(and(query, typed.query()),
                typed.kind() != null ? typed.kind() : kind,
                typed.lang() != null ? typed.lang() : lang,
                typed.from() != null ? typed.from() : from,
                typed.to() != null ? typed.to() : to,
                typed.countries().isEmpty() ? countries : typed.countries(),
                typed.themes().isEmpty() ? themes : typed.themes(),
                typed.limit(), typed.facets());
    }

    private static String and(String saved, String typed) {
        if (typed == null || typed.isBlank()) {
            return saved;
        }
        if (saved.isBlank()) {
            return typed;
        }
        return "(" + saved + ") AND (" + typed + ")";
    }
}
