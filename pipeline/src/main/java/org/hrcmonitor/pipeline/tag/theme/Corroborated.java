package org.hrcmonitor.pipeline.tag.theme;

import java.util.Map;
import java.util.Set;

/**
 * A theme whose everyday working vocabulary tags it only when a second term of the theme confirms it: the words of a
 * treaty's procedural clauses ("inwerkingtreding", "geschil") are also the everyday words of any law ("na de
 * inwerkingtreding van de wet"); two of them ("geschil ... arbitrage", "inwerkingtreding van dit Verdrag") speak of
 * the treaty system.
 *
 * @param theme the theme
 * @param terms its terms that need a second one (exact term texts from the taxonomy)
 */
record Corroborated(String theme, Set<String> terms) {
    Corroborated {
        terms = Set.copyOf(terms);
    }

    /** Removes the theme from one sentence's terms per theme when a single term of this kind found it. */
    void apply(Map<String, Set<String>> termsPerTheme) {
        Set<String> found = termsPerTheme.get(theme);
        if (found != null && found.size() == 1 && terms.containsAll(found)) {
            termsPerTheme.remove(theme);
        }
    }
}
