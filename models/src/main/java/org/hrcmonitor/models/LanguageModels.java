package org.hrcmonitor.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;
import org.hrcmonitor.models.lemma.LemmaDictionary;

/**
 * The one place the pipeline gets its language tools from: sentence detector, tokenizer, POS tagger
 * (Universal POS tags) and lemmatizer per {@link Language}.
 *
 * <p>Each model is read once, on first use, and kept. The tools handed out are safe to share between
 * ingestion threads: OpenNLP's ME classes are not, so each is wrapped in OpenNLP's {@code ThreadSafe*ME}
 * (our {@link SentenceDetectorPerThread} for sentences), which shares the immutable model and keeps one ME
 * instance per thread; the lemma table is immutable.
 * Every call with the same arguments returns the same object.
 */
public final class LanguageModels {

    private static final LanguageModels SHARED = new LanguageModels(ModelSource.classpath());

    private final ModelSource source;
    private final Map<String, Object> tools = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    public LanguageModels(ModelSource source) {
        this.source = source;
    }

    /** The process-wide registry over the shipped models. */
    public static LanguageModels shared() {
        return SHARED;
    }

    public SentenceDetector sentenceDetector(Language language) {
        return tool(language, ModelKind.SENTENCE, in -> new SentenceDetectorPerThread(new SentenceModel(in)));
    }

    public Tokenizer tokenizer(Language language) {
        return tool(language, ModelKind.TOKEN, in -> new AlphanumericFastPath(new ThreadSafeTokenizerME(new TokenizerModel(in))));
    }

    /** Tags with Universal POS tags (NOUN, VERB, ...), the tags the lemmatizers expect. */
    public POSTagger posTagger(Language language) {
        return tool(language, ModelKind.POS, in -> new ThreadSafePOSTaggerME(new POSModel(in)));
    }

    /**
     * The lemmatizer the pipeline should use: the lemma table where the language has one (Dutch; fast),
     * otherwise the statistical model (English). Give it the tokens and their {@link #posTagger} tags.
     */
    public Lemmatizer lemmatizer(Language language) {
        return lemmatizer(language, language.has(ModelKind.LEMMA_DICTIONARY) ? ModelKind.LEMMA_DICTIONARY : ModelKind.LEMMA_ME);
    }

    /** A specific lemmatizer, for evaluation and benchmarks; {@code kind} is LEMMA_DICTIONARY or LEMMA_ME. */
    public Lemmatizer lemmatizer(Language language, ModelKind kind) {
        return switch (kind) {
            case LEMMA_DICTIONARY -> tool(language, kind, LemmaDictionary::read);
            case LEMMA_ME -> tool(language, kind, in -> new ThreadSafeLemmatizerME(new LemmatizerModel(in)));
            default -> throw new IllegalArgumentException("Not a lemmatizer kind: " + kind);
        };
    }

    /** The lemma table of a language, where it has one: cheap lookups for search-time analysis. */
    public Optional<LemmaDictionary> lemmaTable(Language language) {
        return language.has(ModelKind.LEMMA_DICTIONARY)
                ? Optional.of((LemmaDictionary) lemmatizer(language, ModelKind.LEMMA_DICTIONARY))
                : Optional.empty();
    }

    /** How many model files this registry has read so far: each is read at most once. */
    public int loadCount() {
        return loads.get();
    }

    @SuppressWarnings("unchecked")
    private <T> T tool(Language language, ModelKind kind, Loader<T> loader) {
        language.requiredResource(kind);
        return (T) tools.computeIfAbsent(language + "/" + kind, key -> {
            try (InputStream in = source.open(language, kind)) {
                loads.incrementAndGet();
                return loader.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the " + kind + " model for " + language, e);
            }
        });
    }

    @FunctionalInterface
    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }
}
