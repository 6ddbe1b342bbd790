package org.hrcmonitor.pipeline.tag.theme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a body's name only names the place where something happens: the first word before it that is no
 * article or "van" is a venue word ("in de Mensenrechtenraad", "via de Mensenrechtenraad", "resoluties van de
 * Mensenrechtenraad"). Venue words are compared on their matching forms, so "resoluties" meets "resolutie".
 */
final class Venues {
    private final Set<String> dutch;
    private final Set<String> english;
    private final Set<String> skips;

    Venues(Taxonomy taxonomy, WordForms forms) {
        this.dutch = formsOf(taxonomy.venues(true), forms, true);
        this.english = formsOf(taxonomy.venues(false), forms, false);
        this.skips = Set.copyOf(taxonomy.venueSkips());
    }

    /** Whether the name starting at word {@code from} follows a venue word. */
    boolean before(List<WordForms.Word> words, int from, boolean isDutch) {
        for (int i = from - 1; i >= 0; i--) {
            if (!skips.contains(words.get(i).lower())) {
                return (isDutch ? dutch : english).contains(words.get(i).form());
            }
        }
        return false;
    }

    private static Set<String> formsOf(List<String> words, WordForms forms, boolean isDutch) {
        Set<String> result = new HashSet<>();
        words.forEach(w -> forms.words(w, isDutch).forEach(f -> result.add(f.form())));
        return Set.copyOf(result);
    }
}
