package org.hrcmonitor.pipeline.tag.theme;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Dutch list items of laws and treaties: a sentence that starts in lower case, after an optional marker ("(c)",
 * "b."), continues the article that introduced the list ("De Staten die partij zijn ... nemen alle passende
 * maatregelen om ..., in het bijzonder:"), so it is read as that article is. It speaks of rights and policy, so its
 * everyday words count without a context word ("onofficiële opleiding en vorming te ontvangen"), and an item that
 * grants the same or equal standing ("dezelfde rechten en verantwoordelijkheden tijdens het huwelijk", "gelijke
 * mogelijkheden op economisch gebied") tags the theme the lists of such items are about in the text the tool reads:
 * those are CEDAW's, which grant them to women, as the labels have it.
 */
final class ListItems {
    private static final int LONGEST_MARKER = 3;

    private final String theme;
    private final Set<String> equalWords;

    ListItems(Taxonomy taxonomy, WordForms forms) {
        this.theme = taxonomy.listItemTheme();
        this.equalWords = forms.formsOf(taxonomy.listItemWords(), true);
    }

    /** Whether the sentence is a list item: its first word after a marker starts in lower case. */
    static boolean starts(List<WordForms.Word> words) {
        int first = !words.isEmpty() && marker(words.get(0)) ? 1 : 0;
        return first < words.size() && Character.isLowerCase(words.get(first).surface().charAt(0));
    }

    /** Adds the theme of equal standing when a word of it stands outside a title ({@code inTitles}). */
    void apply(Map<String, Set<String>> termsPerTheme, List<WordForms.Word> words, Set<Integer> inTitles) {
        if (theme == null) {
            return;
        }
        IntStream.range(0, words.size())
                .filter(i -> !inTitles.contains(i) && equalWords.contains(words.get(i).form()))
                .findFirst()
                .ifPresent(i -> termsPerTheme.computeIfAbsent(theme, k -> new HashSet<>())
                        .add(words.get(i).lower()));
    }

    /** "(a)", "b.", "iv)", "2.": a short run of lower-case letters or digits closed by a bracket or full stop. */
    private static boolean marker(WordForms.Word word) {
        String s = word.surface();
        return s.length() <= LONGEST_MARKER && (s.equals(word.lower()) || s.chars().allMatch(Character::isDigit))
                && (word.gap().startsWith(")") || word.gap().startsWith("."));
    }
}
