package org.hrcmonitor.models.eval;

import java.util.Locale;
import org.hrcmonitor.models.Language;

/**
 * One measured score of one model.
 *
 * @param language the model's language
 * @param model    which tool: sentence, token, pos, lemma-dictionary, lemma-me
 * @param metric   F1 (span-based, for sentences and tokens) or accuracy (per word)
 * @param value    between 0 and 1
 * @param testData the held-out data it was measured on
 * @param items    how many reference units (sentences or words) that data has
 */
public record EvalResult(Language language, String model, String metric, double value, String testData, long items) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %s=%.4f on %s (%d)", language.code(), model, metric, value, testData, items);
    }
}
