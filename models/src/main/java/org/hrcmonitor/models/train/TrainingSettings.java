package org.hrcmonitor.models.train;

import opennlp.tools.util.TrainingParameters;

/**
 * The fixed parameters of one model's training, recorded in the manifest so a run can be repeated.
 * One thread everywhere: with more, GIS sums features in a different order and results can drift.
 *
 * @param algorithm  OpenNLP trainer name (MAXENT = GIS, PERCEPTRON)
 * @param iterations training passes
 * @param cutoff     features seen fewer times are dropped
 */
public record TrainingSettings(String algorithm, int iterations, int cutoff) {

    /** Small models that train in seconds; a low cutoff keeps rare abbreviation contexts. Not tuned further. */
    public static final TrainingSettings SENTENCE = new TrainingSettings("MAXENT", 150, 2);
    public static final TrainingSettings TOKEN = new TrainingSettings("MAXENT", 150, 2);
    /**
     * Chosen with Alpino dev held out (trained on the other files, never on Alpino test): maxent/100/cutoff 1
     * tagged 0.9108, perceptron/150/cutoff 0 0.9007, maxent/200 0.9095, cutoff 3 0.9088; the tag dictionary
     * ({@link #POS_TAG_DICTIONARY_CUTOFF}) added 0.0017.
     */
    public static final TrainingSettings POS = new TrainingSettings("MAXENT", 100, 1);
    /** Words seen at least this often may only get the tags the treebanks gave them. */
    public static final int POS_TAG_DICTIONARY_CUTOFF = 2;
    /**
     * Not tuned: one training took 10 minutes here (the whole run 10m41s). The statistical lemmatizer is shipped to compare
     * against the lemma table (accuracy and speed), not used by the pipeline for Dutch.
     */
    public static final TrainingSettings LEMMA_ME = new TrainingSettings("PERCEPTRON", 150, 0);

    public TrainingParameters parameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }

    @Override
    public String toString() {
        return algorithm + ", " + iterations + " iterations, cutoff " + cutoff;
    }
}
