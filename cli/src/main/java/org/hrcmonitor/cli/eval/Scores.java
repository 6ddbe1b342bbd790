package org.hrcmonitor.cli.eval;

import java.util.HashSet;
import java.util.Set;

/**
 * Micro-averaged counts over labelled items: true positives, false positives and false negatives of predicted label
 * sets against gold label sets, and the precision, recall and F1 they give.
 */
record Scores(int items, int truePositives, int falsePositives, int falseNegatives) {
    static final Scores NONE = new Scores(0, 0, 0, 0);

    Scores add(Set<String> gold, Set<String> predicted) {
        Set<String> hit = new HashSet<>(predicted);
        hit.retainAll(gold);
        return new Scores(items + 1, truePositives + hit.size(), falsePositives + predicted.size() - hit.size(),
                falseNegatives + gold.size() - hit.size());
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Nothing predicted and nothing to find is perfect, not undefined. */
    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
