package org.hrcmonitor.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Dutch cabinet letter as Tika extracts it from the PDF: every printed line broken, hyphenated line ends. */
class RealLetterTest {
    /** Headings the PDF puts at the top of a page with no blank line after the previous paragraph. */
    private static final Set<String> HEADINGS_WITHOUT_BLANK_LINE = Set.of(
            "Vrijheid van meningsuiting en internetvrijheid",
            "Mensenrechtenverdedigers en ruimte voor maatschappelijk");

    private static String source;
    private static CleanText cleaned;

    @BeforeAll
    static void clean() throws IOException {
        source = SharedFiles.read(SharedFiles.LETTER, StandardCharsets.UTF_8);
        cleaned = new TextCleaner().clean(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "speelt de Mensenrechtenraad een steeds",          // Mensenrech-/tenraad
        "versterking van de Mensenrechtenraad en de",       // Mensen-/rechtenraad
        "verkrijgt in de Mensenrechtenraad toenemend",
        "voor de Mensenrechtenraad. Ongeveer",
        "hernieuwde Mensenrechtenraadlidmaatschap zal",     // Mensenrechten-/raadlidmaatschap
        "een sterkere Mensenrechtenraad die",
        "zittingen van de Mensenrechtenraad vertegenwoordigen",
        "Mensenrechtenambassadeur, Speciaal Gezant",        // Mensenrechte-/nambassadeur
    })
    void rejoinsWordsSplitOverLines(String phrase) {
        assertTrue(cleaned.text().contains(phrase), phrase);
    }

    @Test
    void keepsTheRealHyphenOfSaoediArabie() {
        assertTrue(source.contains("Saoedi-\nArabië"), "the source splits Saoedi-Arabië over two lines");
        assertTrue(cleaned.text().contains("Libië, Saoedi-Arabië, Egypte"));
    }

    @Test
    void leavesNoHalfWords() {
        for (String halfWord : List.of("Mensenrech-", "Mensenrech tenraad", "Mensen rechtenraad", "Mensen-rechtenraad")) {
            assertFalse(cleaned.text().contains(halfWord), halfWord);
        }
    }

    @Test
    void paragraphsFollowTheBlankLineBlocks() {
        List<String> expected = new ArrayList<>();
        for (String block : source.strip().split("\n\\s*\n")) {
            List<String> lines = block.lines().map(String::strip).toList();
            expected.add(firstWords(lines.get(0)));
            lines.stream().skip(1).filter(HEADINGS_WITHOUT_BLANK_LINE::contains).map(RealLetterTest::firstWords)
                    .forEach(expected::add);
        }
        List<String> actual = cleaned.paragraphs().stream().map(span -> firstWords(span.of(cleaned.text()))).toList();
        assertEquals(expected, actual);
    }

    @Test
    void spansCoverTheTextWithOneBlankLineBetween() {
        List<String> paragraphs = cleaned.paragraphs().stream().map(span -> span.of(cleaned.text())).toList();
        assertEquals(cleaned.text(), String.join("\n\n", paragraphs));
        assertEquals(List.of(), paragraphs.stream().filter(p -> p.isBlank() || p.contains("\n") || !p.equals(p.strip()))
                .toList());
    }

    private static String firstWords(String text) {
        String[] words = text.split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
    }
}
