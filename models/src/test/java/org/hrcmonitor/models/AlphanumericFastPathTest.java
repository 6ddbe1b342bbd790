package org.hrcmonitor.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class AlphanumericFastPathTest {
    private static Tokenizer plainEnglishModel() throws IOException {
        try (InputStream in = ModelSource.classpath().open(Language.EN, ModelKind.TOKEN)) {
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
    void givesTheModelsTokensOnRealText() throws IOException {
        Tokenizer model = plainEnglishModel();
        Tokenizer fast = new AlphanumericFastPath(model);
        String text = "Recommendations 98.1 to 98.12 were accepted by the Netherlands; the Government noted "
                + "the others, including those on \"ethnic profiling\" (A/HRC/21/15, para. 99).";
        Span[] expected = model.tokenizePos(text);
        assertEquals(Arrays.asList(expected), Arrays.asList(fast.tokenizePos(text)));
    }

    @Test
    void blankTextHasNoTokens() throws IOException {
        assertEquals(0, new AlphanumericFastPath(plainEnglishModel()).tokenizePos(" \n\t ").length);
    }
}
