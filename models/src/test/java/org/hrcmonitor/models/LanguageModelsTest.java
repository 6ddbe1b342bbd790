package org.hrcmonitor.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

class LanguageModelsTest {

    @Test
    void loadsEachModelOnceAndHandsOutTheSameTool() {
        LanguageModels models = new LanguageModels(ModelSource.classpath());
        for (Language language : Language.values()) {
            assertSame(models.sentenceDetector(language), models.sentenceDetector(language));
            assertSame(models.tokenizer(language), models.tokenizer(language));
            assertSame(models.posTagger(language), models.posTagger(language));
            assertSame(models.lemmatizer(language), models.lemmatizer(language));
        }
        assertEquals(8, models.loadCount());
    }

    @Test
    void givesWorkingEnglishModels() {
        LanguageModels models = LanguageModels.shared();
        String[] tokens = models.tokenizer(Language.EN).tokenize("Human rights defenders were threatened.");
        assertArrayEquals(new String[] {"Human", "rights", "defenders", "were", "threatened", "."}, tokens);
        String[] tags = models.posTagger(Language.EN).tag(tokens);
        assertArrayEquals(new String[] {"ADJ", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"}, tags);
        assertArrayEquals(new String[] {"human", "right", "defender", "be", "threaten", "."},
                models.lemmatizer(Language.EN).lemmatize(tokens, tags));
        assertEquals(2, models.sentenceDetector(Language.EN).sentDetect("Mr. Smith spoke. He left.").length);
    }

    @Test
    void englishHasNoLemmaTable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LanguageModels.shared().lemmatizer(Language.EN, ModelKind.LEMMA_DICTIONARY));
        assertEquals("EN has no LEMMA_DICTIONARY model", e.getMessage());
    }

    @Test
    void twoThreadsTaggingConcurrentlyGetWhatOneThreadGets() throws Exception {
        LanguageModels models = new LanguageModels(ModelSource.classpath());
        Tokenizer tokenizer = models.tokenizer(Language.NL);
        POSTagger tagger = models.posTagger(Language.NL);
        List<String[]> sentences = List.of(
                tokenizer.tokenize("Het kabinet zet zich in voor de bescherming van mensenrechtenverdedigers."),
                tokenizer.tokenize("Nederland is lid van de Mensenrechtenraad in de periode 2020-2022."),
                tokenizer.tokenize("De regering heeft de Kamer op 14 februari een brief gestuurd."));
        List<String> expected = tagAll(tagger, sentences);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<List<String>> job = () -> {
                List<String> last = null;
                for (int i = 0; i < 200; i++) {
                    last = tagAll(tagger, sentences);
                    assertEquals(expected, last);
                }
                return last;
            };
            List<Future<List<String>>> futures = pool.invokeAll(List.of(job, job));
            for (Future<List<String>> future : futures) {
                assertEquals(expected, future.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> tagAll(POSTagger tagger, List<String[]> sentences) {
        List<String> tags = new ArrayList<>();
        for (String[] sentence : sentences) {
            tags.add(String.join(" ", tagger.tag(sentence)));
        }
        return tags;
    }
}
