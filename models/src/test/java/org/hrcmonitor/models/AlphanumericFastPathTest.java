package org.hrcmonitor.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class AlphanumericFastPathTest {
    private static Tokenizer plainEnglishModel() throws IOException {
        return plainModel(Language.EN);
    }

    private static Tokenizer plainModel(Language language) throws IOException {
        try (InputStream in = ModelSource.classpath().open(language, ModelKind.TOKEN)) {
            return new ThreadSafeTokenizerME(new TokenizerModel(in));
        }
    }

    @Test
    void wordsPassWholeAndPunctuatedChunksGoToTheModel() throws IOException {
        Tokenizer fast = new AlphanumericFastPath(plainEnglishModel());
        String text = "  The Council's resolution (2020) condemns attacks in Genève.";
        // the English model keeps a possessive on its noun ("Council's"), as it does without the fast path
        assertArrayEquals(new String[] {"The", "Council's", "resolution", "(", "2020", ")", "condemns", "attacks",
                "in", "Genève", "."}, fast.tokenize(text));
        assertEquals("Genève", fast.tokenizePos(text)[9].getCoveredText(text).toString());
    }

    @Test
    void marksAroundAWordAreTokensOfTheirOwn() throws IOException {
        Tokenizer fast = new AlphanumericFastPath(plainModel(Language.NL));
        String text = "De “persvrijheid” (artikel 7), het [ICCPR]; zie: Jansen! U.S. Council's (c)";
        // the Dutch model alone makes "c)" one token
        assertArrayEquals(new String[] {"De", "“", "persvrijheid", "”", "(", "artikel", "7", ")", ",", "het", "[",
                "ICCPR", "]", ";", "zie", ":", "Jansen", "!", "U.S.", "Council's", "(", "c", ")"},
                fast.tokenize(text));
    }

    @Test
    void givesTheModelsTokensOnRealText() throws IOException {
        Tokenizer model = plainEnglishModel();
        Tokenizer fast = new AlphanumericFastPath(model);
        String text = "Recommendations 98.1 to 98.12 were accepted by the Netherlands; the Government noted "
                + "the others, including those on \"ethnic profiling\" (A/HRC/21/15, para. 99).";
        Span[] expected = model.tokenizePos(text);
        assertEquals(Arrays.asList(expected), Arrays.asList(fast.tokenizePos(text)));
    }

    @Test
    void agreesWithTheModelsOnEveryChunkOfARealLetter() throws IOException {
        String letter = Files.readString(SharedData.root().resolve("seed/000_179d281dde228d13.txt"));
        for (Language language : Language.values()) {
            Tokenizer model = plainModel(language);
            Tokenizer fast = new AlphanumericFastPath(model);
            for (String line : letter.lines().toList()) {
                assertEquals(Arrays.asList(model.tokenizePos(line)), Arrays.asList(fast.tokenizePos(line)),
                        language + ": " + line);
            }
        }
    }

    @Test
    void aChunkTooLongForTheModelIsSplitAtPunctuationInLinearTime() throws IOException {
        String chain = "x-".repeat(200_000) + "x.";
        long start = System.nanoTime();
        Span[] tokens = new AlphanumericFastPath(plainEnglishModel()).tokenizePos("A chain: " + chain);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the model would take hours on it");
        assertEquals(3 + 400_002, tokens.length, "A, chain, :, then 200,001 x and 200,000 - alternately, and the stop");
        assertEquals(new Span(9, 10), tokens[3]);
        assertEquals(new Span(10, 11), tokens[4]);
    }

    @Test
    void blankTextHasNoTokens() throws IOException {
        assertEquals(0, new AlphanumericFastPath(plainEnglishModel()).tokenizePos(" \n\t ").length);
    }
}
