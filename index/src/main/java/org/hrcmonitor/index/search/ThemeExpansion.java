package org.hrcmonitor.index.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hrcmonitor.pipeline.tag.theme.Taxonomy;
import org.hrcmonitor.pipeline.tag.theme.Theme;

/**
 * Bilingual expansion of theme phrases: a query that is a theme's label or one of its multi-word terms, in either
 * language ({@code freedom of expression}, {@code "vrijheid van meningsuiting"}), also finds the theme's label and
 * terms in the other language (and its label in its own), so an English query reaches Dutch text and back. Each
 * expansion is searched only in text of its own language: the Dutch term "pers" is the English "per", and
 * "journalist" is an English word too, so in English text they would turn a phrase search into a search for
 * nearly every document. Nor does a phrase expand into the everyday words the tagger trusts only in a sentence about
 * rights or policy ({@link Taxonomy#contextGeneric}: "pers", "kind", "vrouw"): a search cannot check that sentence,
 * and "pers" is also analysed as "per", so Dutch text "per jaar" would match "freedom of expression".
 *
 * <p>Single words are left alone: "journalist" or "doodstraf" stays a search for that word, not for the whole theme
 * (which {@code --theme} is for), and such searches never load the taxonomy.
 */
final class ThemeExpansion {
    /** Built on first use: most searches never ask, and search should not pay for what it does not use. */
    private static volatile Map<String, List<Expansion>> phrases;

    /** A phrase to search for in text of language {@code lang} ("nl" or "en"). */
    record Expansion(String phrase, String lang) {}

    private ThemeExpansion() {}

    /** The phrases to search for besides the query itself; empty when the query is no theme phrase. */
    static List<Expansion> of(String query) {
        String phrase = normalise(query);
        // a single word or a fielded query is no theme phrase: answer without reading the taxonomy
        if (!phrase.contains(" ") || phrase.contains(":")) {
            return List.of();
        }
        return table().getOrDefault(phrase, List.of());
    }

    private static Map<String, List<Expansion>> table() {
        Map<String, List<Expansion>> t = phrases;
        if (t == null) {
            t = build(Taxonomy.standard());
            phrases = t;
        }
        return t;
    }

    /**
     * Each multi-word label or term of a theme maps to the theme's label in its own language and all labels and terms
     * of the other language: the query already says what it wants in its own language, and the other language is
     * what staff cannot type for themselves. Expanding to every phrase of both languages made a search for one
     * phrase a search for the whole theme, and checked dozens of phrases in every document.
     */
    private static Map<String, List<Expansion>> build(Taxonomy taxonomy) {
        Map<String, List<Expansion>> table = new HashMap<>();
        Set<String> genericEn = Set.copyOf(taxonomy.contextGeneric(false));
        Set<String> genericNl = Set.copyOf(taxonomy.contextGeneric(true));
        for (Theme theme : taxonomy.themes()) {
            List<String> english = concat(theme.labelEn(), theme.termsEn(), genericEn);
            List<String> dutch = concat(theme.labelNl(), theme.termsNl(), genericNl);
            addPhrases(table, english, theme.labelEn(), "en", dutch, "nl");
            addPhrases(table, dutch, theme.labelNl(), "nl", english, "en");
        }
        return Map.copyOf(table);
    }

    private static void addPhrases(Map<String, List<Expansion>> table, List<String> own, String label, String ownLang,
                                   List<String> other, String otherLang) {
        for (String phrase : own) {
            if (!phrase.strip().contains(" ")) {
                continue;
            }
            Set<Expansion> expansions = new LinkedHashSet<>();
            if (!normalise(label).equals(normalise(phrase))) {
                expansions.add(new Expansion(normalise(label), ownLang));
            }
            other.forEach(o -> expansions.add(new Expansion(normalise(o), otherLang)));
            table.putIfAbsent(normalise(phrase), List.copyOf(expansions));
        }
    }

    private static List<String> concat(String label, List<String> terms, Set<String> generic) {
        List<String> all = new ArrayList<>(List.of(label));
        terms.stream().filter(t -> !generic.contains(t)).forEach(all::add);
        return all;
    }

    private static String normalise(String text) {
        String t = text.strip();
        if (t.length() > 1 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
