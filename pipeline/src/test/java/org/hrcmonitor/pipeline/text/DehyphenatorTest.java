package org.hrcmonitor.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DehyphenatorTest {

    /** Joins two lines of a document that consists of just those two lines. */
    private static String join(String line, String next) {
        return join(line + "\n" + next, line, next);
    }

    private static String join(String document, String line, String next) {
        StringBuilder paragraph = new StringBuilder(line);
        Dehyphenator.of(document).append(paragraph, next);
        return paragraph.toString();
    }

    static Stream<Arguments> withoutEvidence() {
        return Stream.of(
                Arguments.of("de Mensen-", "rechtenraad is", "de Mensenrechtenraad is"),
                Arguments.of("de Mensenrech-", "tenraad is", "de Mensenrechtenraad is"),
                Arguments.of("Libië, Saoedi-", "Arabië, Egypte", "Libië, Saoedi-Arabië, Egypte"),
                Arguments.of("van de OHCHR-", "begroting dekt", "van de OHCHR-begroting dekt"),
                Arguments.of("de VN-", "Mensenrechtenraad", "de VN-Mensenrechtenraad"),
                Arguments.of("de 2020-", "begroting", "de 2020-begroting"),
                Arguments.of("de VN-rap-", "porteur", "de VN-rapporteur"),
                Arguments.of("vrouwenrechten-", "en SRGR-organisaties", "vrouwenrechten- en SRGR-organisaties"),
                Arguments.of("de periode 2020 –", "2022", "de periode 2020 – 2022"),
                Arguments.of("leden -", "en niet-leden", "leden - en niet-leden"),
                Arguments.of("zonder afbreking", "verder", "zonder afbreking verder"));
    }

    @ParameterizedTest(name = "{0}|{1}")
    @MethodSource("withoutEvidence")
    void decidesFromTheWordShape(String line, String next, String expected) {
        assertEquals(expected, join(line, next));
    }

    @Test
    void keepsTheHyphenWhenTheDocumentWritesTheWordWithOne() {
        String document = "mensenrechten-organisaties elders\nsteun aan mensenrechten-\norganisaties";
        assertEquals("steun aan mensenrechten-organisaties",
                join(document, "steun aan mensenrechten-", "organisaties"));
    }

    @Test
    void joinsWhenTheDocumentWritesTheWordWithoutHyphen() {
        String document = "women elsewhere\nrights of wom-\nen and girls";
        assertEquals("rights of women and girls", join(document, "rights of wom-", "en and girls"));
    }

    @Test
    void evidenceOutweighsTheWordShape() {
        String document = "Kamer-Stuk once, KamerStuk twice: KamerStuk\nde Kamer-\nStuk";
        assertEquals("de KamerStuk", join(document, "de Kamer-", "Stuk"));
    }

    @Test
    void theLineEndsAreReadAheadAlsoAfterALeadingLineBreak() {
        // most PDFs' text opens with a line break; missing that, every decision counted all words of the report
        for (String document : new String[] {"rights of wom-\nen and girls", "\nrights of wom-\nen and girls"}) {
            Dehyphenator d = Dehyphenator.of(document);
            assertTrue(d.foresaw("wom-en") && d.foresaw("women"), document);
            assertFalse(d.foresaw("girls"), "only what a line end asks about");
        }
    }
}
