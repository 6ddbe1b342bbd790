package org.hrcmonitor.pipeline.tag.theme;

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
        this.dutch = forms.formsOf(taxonomy.venues(true), true);
        this.english = forms.formsOf(taxonomy.venues(false), false);
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
}
