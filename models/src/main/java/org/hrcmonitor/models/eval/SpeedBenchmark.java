package org.hrcmonitor.models.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.tokenize.Tokenizer;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.models.ModelKind;

/**
 * Measures tokens per second per thread for each stage over real text: sentence detection plus tokenization,
 * POS tagging, and each lemmatizer the language has. Each stage gets its input prepared by the stages before
 * it, so its time is its own. The text is repeated until a run has at least {@code minTokens} tokens; one
 * untimed warm-up run lets the JIT compile first; the median of the timed runs is reported.
 */
public final class SpeedBenchmark {

    private final LanguageModels models;

    public SpeedBenchmark(LanguageModels models) {
        this.models = models;
    }

    public List<SpeedResult> run(Language language, String text, String textName, int runs, int minTokens) {
        if (runs < 1 || minTokens < 1) {
            throw new IllegalArgumentException("runs and minTokens must be positive, got " + runs + ", " + minTokens);
        }
        SentenceDetector detector = models.sentenceDetector(language);
        Tokenizer tokenizer = models.tokenizer(language);
        String[][] oneCopy = Arrays.stream(detector.sentDetect(text)).map(tokenizer::tokenize).toArray(String[][]::new);
        int tokensPerCopy = Arrays.stream(oneCopy).mapToInt(s -> s.length).sum();
        if (tokensPerCopy == 0) {
            throw new IllegalArgumentException("Benchmark text has no tokens: " + textName);
        }
        int copies = (minTokens + tokensPerCopy - 1) / tokensPerCopy;
        String repeated = (text + "\n\n").repeat(copies);
        String[][] sentences = Arrays.stream(detector.sentDetect(repeated)).map(tokenizer::tokenize).toArray(String[][]::new);
        POSTagger tagger = models.posTagger(language);
        String[][] tags = Arrays.stream(sentences).map(tagger::tag).toArray(String[][]::new);

        List<SpeedResult> results = new ArrayList<>();
        results.add(measure(language, "sentence+token", textName, runs, () -> Arrays.stream(detector.sentDetect(repeated))
                .mapToInt(s -> tokenizer.tokenize(s).length).sum()));
        results.add(measure(language, "pos", textName, runs, () -> perSentence(sentences, i -> tagger.tag(sentences[i]).length)));
        for (ModelKind kind : List.of(ModelKind.LEMMA_DICTIONARY, ModelKind.LEMMA_ME)) {
            if (language.has(kind)) {
                Lemmatizer lemmatizer = models.lemmatizer(language, kind);
                results.add(measure(language, ModelEvaluator.modelName(kind), textName, runs,
                        () -> perSentence(sentences, i -> lemmatizer.lemmatize(sentences[i], tags[i]).length)));
            }
        }
        return List.copyOf(results);
    }

    private static int perSentence(String[][] sentences, IntUnaryOperator work) {
        int tokens = 0;
        for (int i = 0; i < sentences.length; i++) {
            tokens += work.applyAsInt(i);
        }
        return tokens;
    }

    private static SpeedResult measure(Language language, String stage, String textName, int runs, Stage work) {
        work.tokens();
        double[] rates = new double[runs];
        int tokens = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            tokens = work.tokens();
            rates[r] = tokens / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        double median = runs % 2 == 1 ? rates[runs / 2] : (rates[runs / 2 - 1] + rates[runs / 2]) / 2;
        return new SpeedResult(language, stage, median, tokens, runs, textName);
    }

    /** One timed pass; returns the number of tokens it processed. */
    @FunctionalInterface
    private interface Stage {
        int tokens();
    }
}
