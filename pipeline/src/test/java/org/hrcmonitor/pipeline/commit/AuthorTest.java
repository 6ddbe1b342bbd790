package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Head words are matched whole and blind to case, also for letters whose case mapping is not ASCII's. */
class AuthorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"kabinet, true", "Kabinet, true", "KABINET, true", "We, true", "we’ll, true", "Netherlands, true",
        "I, true",
        // Java's case-blind comparison takes the dotted capital İ and the dotless ı for i
        "İk, true", "ık, true",
        "of, false", "Kabinetten, false", "kabine, false", "wie, false", "Ik-, false"})
    void headWords(String word, boolean head) {
        String text = "(" + word + ")";
        assertEquals(head, Author.isHeadWord(text, 1, text.length() - 1));
    }
}
