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
 * language ({@code freedom of expression}, {@code "vrijheid van meningsuiting"}), also finds the theme's other labels
 * and phrases in both languages, so an English query reaches Dutch text and back.
 *
 * <p>Single words are left alone: "journalist" or "doodstraf" stays a search for that word, not for the whole theme
 * (which {@code --theme} is for), and such searches never load the taxonomy.
 */
final class ThemeExpansion {
    /** Built on first use: most searches never ask, and search should not pay for what it does not use. */
    private static volatile Map<String, List<String>> phrases;

    private ThemeExpansion() {}

    /** The phrases to search for besides the query itself; empty when the query is no theme phrase. */
    static List<String> of(String query) {
        String phrase = normalise(query);
        // a single word or a fielded query is no theme phrase: answer without reading the taxonomy
        if (!phrase.contains(" ") || phrase.contains(":")) {
            return List.of();
        }
        return table().getOrDefault(phrase, List.of());
    }

    private static Map<String, List<String>> table() {
        Map<String, List<String>> t = phrases;
        if (t == null) {
            t = build(Taxonomy.standard());
            phrases = t;
        }
        return t;
    }

    private static Map<String, List<String>> build(Taxonomy taxonomy) {
        Map<String, List<String>> table = new HashMap<>();
        for (Theme theme : taxonomy.themes()) {
            Set<String> all = new LinkedHashSet<>();
            for (String phrase : concat(List.of(theme.labelEn(), theme.labelNl()), taxonomy.termsOf(theme.id()))) {
                if (phrase.strip().contains(" ")) {
                    all.add(phrase);
                }
            }
            for (String phrase : all) {
                List<String> others = new ArrayList<>(all);
                others.remove(phrase);
                table.putIfAbsent(normalise(phrase), List.copyOf(others));
            }
        }
        return Map.copyOf(table);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
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
