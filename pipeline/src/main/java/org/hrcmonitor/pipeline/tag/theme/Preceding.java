package org.hrcmonitor.pipeline.tag.theme;

import java.util.List;
import java.util.Set;

/**
 * Tells whether a mention follows one of a set of words, looking back past articles and "van": a body's name after a
 * venue word only names the place where something happens ("in de Mensenrechtenraad", "resoluties van de
 * Mensenrechtenraad"), an election after a time word only dates something ("tijdens de gemeenteraadsverkiezingen",
 * "na de verkiezingen van november"). Words are compared on their matching forms, so "resoluties" meets "resolutie".
 */
final class Preceding {
    private final Set<String> dutch;
    private final Set<String> english;
    private final Set<String> skips;

    private Preceding(List<String> dutch, List<String> english, Taxonomy taxonomy, WordForms forms) {
        this.dutch = forms.formsOf(dutch, true);
        this.english = forms.formsOf(english, false);
        this.skips = Set.copyOf(taxonomy.venueSkips());
    }

    /** Venue words before a body's name. */
    static Preceding venues(Taxonomy taxonomy, WordForms forms) {
        return new Preceding(taxonomy.venues(true), taxonomy.venues(false), taxonomy, forms);
    }

    /** Time words before an event that may only date a sentence. */
    static Preceding times(Taxonomy taxonomy, WordForms forms) {
        return new Preceding(taxonomy.timeWords(true), taxonomy.timeWords(false), taxonomy, forms);
    }

    /** Whether the mention starting at word {@code from} follows one of the words. */
    boolean before(List<WordForms.Word> words, int from, boolean isDutch) {
        for (int i = from - 1; i >= 0; i--) {
            if (!skips.contains(words.get(i).lower())) {
                return (isDutch ? dutch : english).contains(words.get(i).form());
            }
        }
        return false;
    }
}
