package org.hrcmonitor.pipeline.tag.theme;

import java.util.List;
import org.hrcmonitor.pipeline.tag.TagEvaluation;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 of predicted theme sets against gold sets: micro-averaged over all (item, theme) pairs
 * and per theme.
 *
 * @param micro    counts summed over all themes
 * @param perTheme counts per theme id, sorted by id
 */
public record ThemeScores(TagEvaluation micro, Map<String, TagEvaluation> perTheme) {

    private static final TagEvaluation HIT = new TagEvaluation(1, 0, 0);
    private static final TagEvaluation ADDED = new TagEvaluation(0, 1, 0);
    private static final TagEvaluation MISSED = new TagEvaluation(0, 0, 1);

    public ThemeScores {
        perTheme = Map.copyOf(perTheme);
    }

    /** Scores item i's predicted set against its gold set, for every i. */
    public static ThemeScores of(List<Set<String>> gold, List<Set<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in size: " + gold.size() + " vs " + predicted.size());
        }
        Map<String, TagEvaluation> perTheme = new TreeMap<>();
        for (int i = 0; i < gold.size(); i++) {
            for (String theme : gold.get(i)) {
                perTheme.merge(theme, predicted.get(i).contains(theme) ? HIT : MISSED, TagEvaluation::plus);
            }
            for (String theme : predicted.get(i)) {
                if (!gold.get(i).contains(theme)) {
                    perTheme.merge(theme, ADDED, TagEvaluation::plus);
                }
            }
        }
        TagEvaluation micro = perTheme.values().stream().reduce(new TagEvaluation(0, 0, 0), TagEvaluation::plus);
        return new ThemeScores(micro, new TreeMap<>(perTheme));
    }

    /** The micro scores and one line per theme, for reports. */
    public String report() {
        StringBuilder out = new StringBuilder("micro " + micro + "\n");
        new TreeMap<>(perTheme).forEach((theme, counts) -> out.append(String.format("  %-24s %s%n", theme, counts)));
        return out.toString();
    }
}
