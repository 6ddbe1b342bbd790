package org.hrcmonitor.index.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result. Snippets are passages of the text with the matching words between {@code <mark>} and
 * {@code </mark>}; renderers turn the marks into bold on a terminal.
 *
 * @param parent    for a hit on a section (a resolution inside a session report), the id of its document
 * @param countries ISO codes the hit mentions, most mentioned first
 * @param themes    theme ids it addresses, most sentences first
 */
public record Hit(String id, String parent, String title, String kind, String lang, LocalDate date, String symbol,
                  String path, float score, List<String> countries, List<String> themes, List<String> snippets) {
    public Hit {
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
        snippets = List.copyOf(snippets);
    }
}
