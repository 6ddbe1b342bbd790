package org.hrcmonitor.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CharacterNormalizerTest {

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("NFC composes accents", "Gene\u0300ve, Israe\u0308l", "Genève, Israël"),
                Arguments.of("ligatures are spelled out",
                        "\uFB01nancial \uFB02ow e\uFB00ect o\uFB03ce ba\uFB04e \uFB05yle \uFB06ate",
                        "financial flow effect office baffle style state"),
                Arguments.of("soft hyphens inside a line are dropped", "Mensen\u00ADrechten\u00ADraad", "Mensenrechtenraad"),
                Arguments.of("a soft hyphen at a line end rejoins the word", "de Mensen\u00AD \n rechtenraad", "de Mensenrechtenraad"),
                Arguments.of("odd spaces and tabs become plain spaces",
                        "a\u00A0b\u2007c\u202Fd\u2003e\tf\u2009g", "a b c d e f g"),
                Arguments.of("zero-width characters are dropped", "\uFEFFMensen\u200Brech\u200Cten\u200Draad", "Mensenrechtenraad"),
                Arguments.of("CR LF, CR and form feed become LF", "een\r\ntwee\rdrie\fvier", "een\ntwee\ndrie\nvier"),
                Arguments.of("control characters are dropped", "a\u0000b\u0007c\u001Bd", "abcd"),
                Arguments.of("runs of spaces collapse", "VN  -   forum", "VN - forum"),
                Arguments.of("spaces around lines are trimmed", "  eerste  \n tweede \n \n", "eerste\ntweede\n\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void appliesRule(String rule, String raw, String expected) {
        assertEquals(expected, CharacterNormalizer.normalize(raw));
    }
}
