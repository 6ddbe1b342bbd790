package org.hrcmonitor.pipeline.tag.theme;

import java.util.List;
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
public record ThemeScores(Counts micro, Map<String, Counts> perTheme) {

    /** True positives, false positives and false negatives. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts other) {
            return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
        }

        @Override
        public String toString() {
            return String.format("P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    public ThemeScores {
        perTheme = Map.copyOf(perTheme);
    }

    /** Scores item i's predicted set against its gold set, for every i. */
    public static ThemeScores of(List<Set<String>> gold, List<Set<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in size: " + gold.size() + " vs " + predicted.size());
        }
        Map<String, Counts> perTheme = new TreeMap<>();
        for (int i = 0; i < gold.size(); i++) {
            for (String theme : gold.get(i)) {
                perTheme.merge(theme, predicted.get(i).contains(theme) ? new Counts(1, 0, 0) : new Counts(0, 0, 1), Counts::plus);
            }
            for (String theme : predicted.get(i)) {
                if (!gold.get(i).contains(theme)) {
                    perTheme.merge(theme, new Counts(0, 1, 0), Counts::plus);
                }
            }
        }
        Counts micro = perTheme.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        return new ThemeScores(micro, new TreeMap<>(perTheme));
    }

    /** The micro scores and one line per theme, for reports. */
    public String report() {
        StringBuilder out = new StringBuilder("micro " + micro + "\n");
        new TreeMap<>(perTheme).forEach((theme, counts) -> out.append(String.format("  %-24s %s%n", theme, counts)));
        return out.toString();
    }
}
