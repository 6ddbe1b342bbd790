package org.hrcmonitor.pipeline.tag.theme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyday words that are terms only where a sentence is about rights or policy: "vrouw" in "zijn vrouw schreef een
 * boek", "kind" in "speelde als kind al gitaar" and "school" in "droomde op school weg" tag nothing, while "geweld
 * tegen vrouwen" or "kinderen de zorg geven die ze nodig hebben" keep their tags. A theme found only by such generic
 * terms stays when the sentence also has a term that is not generic (of any theme) or a context word ("recht",
 * "beleid", "bescherming"), compared on matching forms.
 */
final class Context {
    private final Set<String> genericNl;
    private final Set<String> genericEn;
    private final Set<String> wordsNl;
    private final Set<String> wordsEn;

    Context(Taxonomy taxonomy, WordForms forms) {
        this.genericNl = Set.copyOf(taxonomy.contextGeneric(true));
        this.genericEn = Set.copyOf(taxonomy.contextGeneric(false));
        this.wordsNl = forms.formsOf(taxonomy.contextWords(true), true);
        this.wordsEn = forms.formsOf(taxonomy.contextWords(false), false);
    }

    /** Drops the themes found only by generic terms when nothing else in the sentence speaks of rights. */
    void apply(Map<String, Set<String>> termsPerTheme, List<WordForms.Word> words, boolean isDutch) {
        Set<String> generic = isDutch ? genericNl : genericEn;
        boolean specificTerm = termsPerTheme.values().stream().flatMap(Set::stream).anyMatch(t -> !generic.contains(t));
        if (specificTerm) {
            return;
        }
        Set<String> contextWords = isDutch ? wordsNl : wordsEn;
        if (words.stream().noneMatch(w -> contextWords.contains(w.form()))) {
            termsPerTheme.clear();
        }
    }
}
