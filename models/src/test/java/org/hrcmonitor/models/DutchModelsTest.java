package org.hrcmonitor.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

/** The shipped Dutch models on sentences from the seed letter (shared/seed/000_179d281dde228d13.txt). */
class DutchModelsTest {

    private final LanguageModels models = LanguageModels.shared();
    private final SentenceDetector sentences = models.sentenceDetector(Language.NL);
    private final Tokenizer tokenizer = models.tokenizer(Language.NL);
    private final POSTagger tagger = models.posTagger(Language.NL);
    private final Lemmatizer lemmatizer = models.lemmatizer(Language.NL);

    @Test
    void splitsSentencesOfTheLetter() {
        assertArrayEquals(new String[] {
                "Op 17 oktober jl. is het Koninkrijk met 172 stemmen voor de vierde maal gekozen tot lid van de Mensenrechtenraad.",
                "Het kabinet beschouwt de Mensenrechtenraad als het belangrijkste VN-forum voor de bescherming en de"
                        + " bevordering van mensenrechten."},
                sentences.sentDetect("Op 17 oktober jl. is het Koninkrijk met 172 stemmen voor de vierde maal gekozen tot"
                        + " lid van de Mensenrechtenraad. Het kabinet beschouwt de Mensenrechtenraad als het belangrijkste"
                        + " VN-forum voor de bescherming en de bevordering van mensenrechten."));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertArrayEquals(new String[] {
                "Dit geldt o.a. voor vrouwen, bijv. in Afghanistan, zie nr. 24 van de brief.",
                "Daarna volgt art. 7 van het verdrag."},
                sentences.sentDetect("Dit geldt o.a. voor vrouwen, bijv. in Afghanistan, zie nr. 24 van de brief."
                        + " Daarna volgt art. 7 van het verdrag."));
    }

    @Test
    void abbreviationsInBracketsOrBeforeACommaDoNotEndSentences() {
        assertArrayEquals(new String[] {
                "Het gaat (o.a. in Genève) om z.g.a.n. apparatuur, m.b.t. de missie.",
                "Zie blz. 4."},
                sentences.sentDetect("Het gaat (o.a. in Genève) om z.g.a.n. apparatuur, m.b.t. de missie. Zie blz. 4."));
    }

    @Test
    void tokenizesPunctuationAndKeepsAbbreviationsWhole() {
        assertArrayEquals(new String[] {"werden", "reeds", "de", "contouren", "gedeeld", "(", "Handelingen", "II",
                        "2019/20", ",", "nr.", "24", ",", "item", "24", ")", "."},
                tokenizer.tokenize("werden reeds de contouren gedeeld (Handelingen II 2019/20, nr. 24, item 24)."));
    }

    @Test
    void lemmatizesPluralsAndUnseenCompounds() {
        assertEquals("verdediger", lemma("De verdedigers van mensenrechten worden bedreigd.", "verdedigers"));
        assertEquals(lemma("Wij veroordelen de mensenrechtenschending in dat land.", "mensenrechtenschending"),
                lemma("Wij veroordelen de mensenrechtenschendingen in dat land.", "mensenrechtenschendingen"));
    }

    @Test
    void tagsWithUniversalPosTags() {
        String[] tokens = tokenizer.tokenize("Het kabinet beschouwt de bescherming van mensenrechten als een belangrijke taak.");
        assertArrayEquals(new String[] {"DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "DET", "ADJ", "NOUN",
                "PUNCT"}, tagger.tag(tokens));
    }

    private String lemma(String sentence, String word) {
        String[] tokens = tokenizer.tokenize(sentence);
        String[] lemmas = lemmatizer.lemmatize(tokens, tagger.tag(tokens));
        return lemmas[Arrays.asList(tokens).indexOf(word)];
    }
}
