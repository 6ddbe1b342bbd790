package org.hrcmonitor.pipeline.tag.theme;

import java.util.Map;
import java.util.Set;

/**
 * A theme that takes only what no more specific theme takes: "discrimination" tags {@code discrimination} unless the
 * sentence names a group with its own theme ("discrimination against women" is {@code womens-rights}).
 *
 * @param theme    the residual theme
 * @param generic  its terms that are generic (exact term texts from the taxonomy)
 * @param yieldsTo the themes that take a generic mention over
 */
record Residual(String theme, Set<String> generic, Set<String> yieldsTo) {
    Residual {
        generic = Set.copyOf(generic);
        yieldsTo = Set.copyOf(yieldsTo);
    }

    /** Removes the residual theme from one sentence's terms per theme when only generic terms found it and it yields. */
    void apply(Map<String, Set<String>> termsPerTheme) {
        Set<String> found = termsPerTheme.get(theme);
        if (found != null && generic.containsAll(found) && yieldsTo.stream().anyMatch(termsPerTheme::containsKey)) {
            termsPerTheme.remove(theme);
        }
    }
}
