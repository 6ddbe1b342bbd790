package org.hrcmonitor.models.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import opennlp.tools.lemmatizer.LemmatizerEvaluator;
import opennlp.tools.postag.POSEvaluator;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.sentdetect.SentenceDetectorEvaluator;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenizerEvaluator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.eval.Evaluator;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.models.ModelKind;
import org.hrcmonitor.models.conllu.ConlluReader;
import org.hrcmonitor.models.conllu.OpenNlpSamples;
import org.hrcmonitor.models.conllu.Treebank;
import org.hrcmonitor.models.conllu.UdSentence;

/**
 * Scores every model of a language on held-out data: sentence and token F1 over character spans, POS accuracy
 * on gold tokens, lemma accuracy on gold tokens with the tagger's own tags (what the pipeline gets) against
 * the treebank lemma without underscores.
 *
 * <p>Dutch is measured on the Alpino test set, which no Dutch model is trained on. There is no English UD test
 * file here, so English is measured on a small sample we annotated by hand ({@link #ENGLISH_SAMPLE}): a sanity
 * check, far too small for fine comparisons.
 */
public final class ModelEvaluator {

    /** Relative to the nlp-data directory; the held-out set every Dutch score is measured on. */
    public static final String ALPINO_TEST = "UD_Dutch-Alpino/nl_alpino-ud-test.conllu";
    public static final String ENGLISH_SAMPLE = "/org/hrcmonitor/models/en/en-eval-sample.conllu";

    private final LanguageModels models;

    public ModelEvaluator(LanguageModels models) {
        this.models = models;
    }

    /** Dutch on Alpino test from {@code dataDir} (laid out as shared/nlp-data), English on the hand-made sample. */
    public List<EvalResult> evaluateAll(Path dataDir) throws IOException {
        List<EvalResult> results = new ArrayList<>(evaluate(Language.NL, dutchTestSet(dataDir)));
        results.addAll(evaluate(Language.EN, englishSample()));
        return results;
    }

    public static Treebank dutchTestSet(Path dataDir) throws IOException {
        return Treebank.read(dataDir.resolve(ALPINO_TEST));
    }

    public static Treebank englishSample() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ModelEvaluator.class.getResourceAsStream(ENGLISH_SAMPLE), ENGLISH_SAMPLE),
                StandardCharsets.UTF_8))) {
            return new Treebank("en-eval-sample.conllu (hand-annotated)", ConlluReader.read(in, ENGLISH_SAMPLE));
        }
    }

    public List<EvalResult> evaluate(Language language, Treebank testSet) {
        List<UdSentence> sentences = testSet.sentences();
        List<EvalResult> results = new ArrayList<>();
        String data = testSet.name();

        List<SentenceSample> paragraphs = OpenNlpSamples.sentences(sentences);
        var sentenceEval = run(new SentenceDetectorEvaluator(models.sentenceDetector(language)), paragraphs);
        long sentenceCount = paragraphs.stream().mapToLong(p -> p.getSentences().length).sum();
        results.add(new EvalResult(language, "sentence", "F1", sentenceEval.getFMeasure().getFMeasure(), data, sentenceCount));

        var tokenEval = run(new TokenizerEvaluator(models.tokenizer(language)), OpenNlpSamples.tokens(sentences));
        results.add(new EvalResult(language, "token", "F1", tokenEval.getFMeasure().getFMeasure(), data, testSet.tokenCount()));

        POSTagger tagger = models.posTagger(language);
        var posEval = run(new POSEvaluator(tagger), OpenNlpSamples.pos(sentences));
        results.add(new EvalResult(language, "pos", "accuracy", posEval.getWordAccuracy(), data, posEval.getWordCount()));

        List<String[]> predictedTags = sentences.stream().map(s -> tagger.tag(OpenNlpSamples.forms(s))).toList();
        for (ModelKind kind : List.of(ModelKind.LEMMA_DICTIONARY, ModelKind.LEMMA_ME)) {
            if (language.has(kind)) {
                var lemmaEval = run(new LemmatizerEvaluator(models.lemmatizer(language, kind)),
                        OpenNlpSamples.lemmas(sentences, predictedTags));
                results.add(new EvalResult(language, modelName(kind), "accuracy", lemmaEval.getWordAccuracy(), data,
                        lemmaEval.getWordCount()));
            }
        }
        return List.copyOf(results);
    }

    /** The name reports use for a lemmatizer kind. */
    public static String modelName(ModelKind kind) {
        return kind == ModelKind.LEMMA_DICTIONARY ? "lemma-dictionary" : "lemma-me";
    }

    private static <T, E extends Evaluator<T>> E run(E evaluator, Collection<T> samples) {
        try {
            evaluator.evaluate(ObjectStreamUtils.createObjectStream(samples));
            return evaluator;
        } catch (IOException e) {
            throw new UncheckedIOException("In-memory samples cannot fail to read", e);
        }
    }
}
