package org.hrcmonitor.pipeline.tag.theme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyday words that are terms only where a sentence is about rights or policy: "vrouw" in "zijn vrouw schreef een
 * boek", "kind" in "speelde als kind al gitaar" and "school" in "droomde op school weg" tag nothing, while "geweld
 * tegen vrouwen" or "kinderen de zorg geven die ze nodig hebben" keep their tags. A theme found only by such generic
 * terms stays when the sentence also has a term that is not generic (of any theme), a context word ("recht",
 * "beleid", "bescherming") or a context word of its own theme ("ouders" for "kind": "een moeilijk kind bij onervaren
 * ouders"), compared on matching forms. One shared list would have to be either too short to let such mentions
 * through or so long that it keeps "zijn vrouw".
 */
final class Context {
    private final Set<String> genericNl;
    private final Set<String> genericEn;
    private final Set<String> wordsNl;
    private final Set<String> wordsEn;
    private final Map<String, Set<String>> byThemeNl = new HashMap<>();
    private final Map<String, Set<String>> byThemeEn = new HashMap<>();

    Context(Taxonomy taxonomy, WordForms forms) {
        this.genericNl = Set.copyOf(taxonomy.contextGeneric(true));
        this.genericEn = Set.copyOf(taxonomy.contextGeneric(false));
        this.wordsNl = forms.formsOf(taxonomy.contextWords(true), true);
        this.wordsEn = forms.formsOf(taxonomy.contextWords(false), false);
        taxonomy.contextWordsByTheme(true).forEach((theme, words) -> byThemeNl.put(theme, forms.formsOf(words, true)));
        taxonomy.contextWordsByTheme(false).forEach((theme, words) -> byThemeEn.put(theme, forms.formsOf(words, false)));
    }

    /** Drops the themes found only by generic terms when nothing else in the sentence speaks of rights. */
    void apply(Map<String, Set<String>> termsPerTheme, List<WordForms.Word> words, boolean isDutch) {
        Set<String> generic = isDutch ? genericNl : genericEn;
        boolean specificTerm = termsPerTheme.values().stream().flatMap(Set::stream).anyMatch(t -> !generic.contains(t));
        if (specificTerm) {
            return;
        }
        Set<String> contextWords = isDutch ? wordsNl : wordsEn;
        if (words.stream().anyMatch(w -> contextWords.contains(w.form()))) {
            return;
        }
        Map<String, Set<String>> byTheme = isDutch ? byThemeNl : byThemeEn;
        termsPerTheme.keySet().removeIf(theme -> words.stream()
                .noneMatch(w -> byTheme.getOrDefault(theme, Set.of()).contains(w.form())));
    }
}
