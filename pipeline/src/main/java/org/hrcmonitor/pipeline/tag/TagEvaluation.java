package org.hrcmonitor.pipeline.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Precision, recall and F1 of a tagger against hand labels, micro-averaged over lines: each line contributes the
 * labels (country codes, theme ids) it got right, the ones it added and the ones it missed. A line counts a label once
 * however often the text mentions it, which is what a search by country or theme needs (does this text concern
 * Syria?).
 *
 * @param truePositives  codes found and labelled
 * @param falsePositives codes found but not labelled
 * @param falseNegatives codes labelled but not found
 */
public record TagEvaluation(int truePositives, int falsePositives, int falseNegatives) {

    /** Compares line by line; both lists hold one set of codes per line, in the same order. */
    public static TagEvaluation of(List<Set<String>> gold, List<Set<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold lines but " + predicted.size() + " predicted");
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            Set<String> hit = new HashSet<>(predicted.get(i));
            hit.retainAll(gold.get(i));
            tp += hit.size();
            fp += predicted.get(i).size() - hit.size();
            fn += gold.get(i).size() - hit.size();
        }
        return new TagEvaluation(tp, fp, fn);
    }

    public TagEvaluation plus(TagEvaluation other) {
        return new TagEvaluation(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** 1 when nothing was found, since then nothing found was wrong. */
    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    /** 1 when nothing was labelled, since then nothing was missed. */
    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
