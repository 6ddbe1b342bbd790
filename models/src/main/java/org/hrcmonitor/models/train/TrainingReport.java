package org.hrcmonitor.models.train;

import java.util.List;
import org.hrcmonitor.models.conllu.Treebank;
import org.hrcmonitor.models.eval.EvalResult;

/**
 * What one training run used and produced; {@link ModelManifest} writes it next to the models.
 *
 * @param corpus        the training data
 * @param testSet       the held-out data the scores come from
 * @param abbreviations entries in the abbreviation list given to the sentence detector and tokenizer
 * @param scores        the new models' scores on {@code testSet}
 * @param files         the files written
 */
public record TrainingReport(DutchCorpus corpus, Treebank testSet, int abbreviations, List<EvalResult> scores,
                             List<ModelFile> files) {

    public TrainingReport {
        scores = List.copyOf(scores);
        files = List.copyOf(files);
    }
}
