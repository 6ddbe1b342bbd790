package org.hrcmonitor.models.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.model.BaseModel;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.models.ModelKind;
import org.hrcmonitor.models.ModelSource;
import org.hrcmonitor.models.conllu.OpenNlpSamples;
import org.hrcmonitor.models.conllu.Treebank;
import org.hrcmonitor.models.conllu.UdSentence;
import org.hrcmonitor.models.eval.EvalResult;
import org.hrcmonitor.models.eval.ModelEvaluator;
import org.hrcmonitor.models.lemma.LemmaDictionaryBuilder;

/**
 * Trains the Dutch models from the UD treebanks (see {@link DutchCorpus} for which data and why), writes them
 * under the file names {@link Language#NL} expects, scores them on Alpino test and writes {@code manifest.json}.
 * Parameters are the fixed {@link TrainingSettings}, so a rerun on the same data gives models that tag the
 * same (the bytes differ: OpenNLP stamps a training time into each model).
 */
public final class DutchModelTrainer {

    public static final String ABBREVIATIONS = "/org/hrcmonitor/models/nl/nl-abbreviations.txt";

    private final Consumer<String> progress;

    /** @param progress receives one line per step (the CLI prints them on stderr) */
    public DutchModelTrainer(Consumer<String> progress) {
        this.progress = progress;
    }

    public TrainingReport train(Path dataDir, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        DutchCorpus corpus = DutchCorpus.load(dataDir);
        List<UdSentence> withText = corpus.sentencesWithText();
        List<UdSentence> all = corpus.allSentences();
        progress.accept("data: " + withText.size() + " sentences with text, "
                + all.size() + " in all (" + corpus.oldLassyRemoved()
                + " overlapping old LassySmall sentences removed)");
        Dictionary abbreviations = abbreviations();
        List<ModelFile> files = new ArrayList<>();

        files.add(write(outDir, ModelKind.SENTENCE, SentenceDetectorME.train("nl",
                stream("sentence detector", OpenNlpSamples.sentences(withText)),
                new SentenceDetectorFactory("nl", true, abbreviations, null), TrainingSettings.SENTENCE.parameters())));
        files.add(write(outDir, ModelKind.TOKEN, TokenizerME.train(
                stream("tokenizer", OpenNlpSamples.tokens(withText)),
                new TokenizerFactory("nl", abbreviations, true, null), TrainingSettings.TOKEN.parameters())));
        files.add(write(outDir, ModelKind.POS, POSTaggerME.train("nl",
                stream("POS tagger", OpenNlpSamples.pos(all)), TrainingSettings.POS.parameters(),
                new POSTaggerFactory(null, null, tagDictionary(all)))));
        files.add(write(outDir, ModelKind.LEMMA_ME, LemmatizerME.train("nl",
                stream("statistical lemmatizer (slow: about 10 minutes)", OpenNlpSamples.lemmas(all, null)),
                TrainingSettings.LEMMA_ME.parameters(), new LemmatizerFactory())));
        Path table = outDir.resolve(Language.NL.fileName(ModelKind.LEMMA_DICTIONARY));
        try (Writer out = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
            progress.accept("lemma table: " + new LemmaDictionaryBuilder().add(all).write(out) + " entries");
        }
        files.add(ModelFile.of(table));

        progress.accept("evaluating on " + ModelEvaluator.ALPINO_TEST);
        Treebank testSet = ModelEvaluator.dutchTestSet(dataDir);
        List<EvalResult> scores = new ModelEvaluator(new LanguageModels(ModelSource.directory(Language.NL, outDir)))
                .evaluate(Language.NL, testSet);
        TrainingReport report = new TrainingReport(corpus, testSet, abbreviations.size(), scores, files);
        ModelManifest.write(report, outDir.resolve(ModelManifest.FILE_NAME));
        return report;
    }

    /** The Dutch abbreviation list, given to both the sentence detector and the tokenizer as a feature. */
    public static Dictionary abbreviations() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                DutchModelTrainer.class.getResourceAsStream(ABBREVIATIONS), ABBREVIATIONS)) {
            return Dictionary.parseOneEntryPerLine(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static POSDictionary tagDictionary(List<UdSentence> sentences) throws IOException {
        POSDictionary tags = new POSDictionary();
        POSTaggerME.populatePOSDictionary(ObjectStreamUtils.createObjectStream(OpenNlpSamples.pos(sentences)),
                tags, TrainingSettings.POS_TAG_DICTIONARY_CUTOFF);
        return tags;
    }

    private ModelFile write(Path outDir, ModelKind kind, BaseModel model) throws IOException {
        Path file = outDir.resolve(Language.NL.fileName(kind));
        model.serialize(file);
        ModelFile written = ModelFile.of(file);
        progress.accept("wrote " + written.name() + " (" + written.bytes() / 1024 + " KiB)");
        return written;
    }

    private <T> ObjectStream<T> stream(String model, Collection<T> samples) {
        progress.accept("training the " + model + " on " + samples.size() + " samples ...");
        return ObjectStreamUtils.createObjectStream(samples);
    }
}
