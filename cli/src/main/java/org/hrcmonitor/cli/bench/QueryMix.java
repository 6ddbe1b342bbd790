package org.hrcmonitor.cli.bench;

import java.util.List;
import org.hrcmonitor.index.search.SearchRequest;

/**
 * The searches {@code hrc bench search} times: what staff type, in the proportions they type it. Single terms,
 * phrases, boolean queries, country and theme filters with and without words, and facet counts; every search returns
 * ten highlighted hits, as {@code hrc search} does.
 */
final class QueryMix {
    private QueryMix() {}

    static List<SearchRequest> requests() {
        return List.of(
                SearchRequest.of("torture"),
                SearchRequest.of("journalists"),
                SearchRequest.of("education"),
                SearchRequest.of("detention"),
                SearchRequest.of("refugees"),
                SearchRequest.of("\"freedom of expression\""),
                SearchRequest.of("\"death penalty\""),
                SearchRequest.of("\"human rights defenders\""),
                SearchRequest.of("\"national human rights institution\""),
                SearchRequest.of("torture AND prison"),
                SearchRequest.of("women OR girls"),
                SearchRequest.of("children NOT labour"),
                SearchRequest.of("(migrants OR refugees) AND detention"),
                filtered("", List.of("CN"), List.of(), false),
                filtered("torture", List.of("SA", "IR"), List.of(), false),
                filtered("", List.of(), List.of("death-penalty"), false),
                filtered("women", List.of(), List.of("freedom-of-expression"), false),
                filtered("", List.of(), List.of(), true),
                filtered("\"freedom of expression\"", List.of(), List.of(), true),
                filtered("children", List.of("IN"), List.of(), true));
    }

    /** The search as it would be typed on the command line, to name it in the per-search timings. */
    static String describe(SearchRequest r) {
        StringBuilder s = new StringBuilder(r.query().isBlank() ? "(all)" : r.query());
        r.countries().forEach(c -> s.append(" --country ").append(c));
        r.themes().forEach(t -> s.append(" --theme ").append(t));
        if (r.facets()) {
            s.append(" --facets");
        }
        return s.toString();
    }

    private static SearchRequest filtered(String query, List<String> countries, List<String> themes, boolean facets) {
        return new SearchRequest(query, null, null, null, null, countries, themes, 10, facets);
    }
}
