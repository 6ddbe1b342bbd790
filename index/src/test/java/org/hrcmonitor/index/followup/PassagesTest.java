package org.hrcmonitor.index.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hrcmonitor.pipeline.document.Span;
import org.junit.jupiter.api.Test;

class PassagesTest {
    private static List<String> sentences(String text) {
        return Passages.sentences(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsAtSentenceEndsAndKeepsLineBrokenSentencesWhole() {
        assertEquals(List.of("The Council met.", "It adopted\n\nthree resolutions!", "Was it enough?"),
                sentences("  The Council met. It adopted\n\nthree resolutions! Was it enough?  "));
    }

    @Test
    void aNumberedParagraphStaysWithTheHeadingBeforeIt() {
        assertEquals(List.of("It ended.", "Freedom of opinion and expression\n\n200. At the 44th meeting, the "
                        + "representative of the Netherlands introduced draft resolution A/HRC/43/L.2."),
                sentences("It ended. Freedom of opinion and expression\n\n200. At the 44th meeting, the representative "
                        + "of the Netherlands introduced draft resolution A/HRC/43/L.2."));
    }

    @Test
    void abbreviationsInitialsAndSymbolsDoNotEndASentence() {
        String one = "D. Consideration of proposals by Mr. Smith, e.g. A/HRC/43/L.2 and art. 5 of the Charter.";
        assertEquals(List.of(one), sentences(one));
    }

    @Test
    void aLongListIsCutAfterASemicolonOrAtASpace() {
        String list = "(a) States: " + "Albania, Argentina, Armenia, ".repeat(10) + "Austria; (b) Observers: "
                + "Belgium, Brazil, ".repeat(30) + "Chile.";
        List<Span> spans = Passages.sentences(list);
        assertTrue(spans.size() > 2, spans.toString());
        spans.forEach(s -> assertTrue(s.length() <= Passages.MAX_SENTENCE + 1, s.toString()));
        assertTrue(spans.get(0).of(list).endsWith("Austria;"), spans.get(0).of(list));
        assertEquals(list.length(), spans.get(spans.size() - 1).end());
    }

    @Test
    void aWindowIsTheSentenceWithItsNeighbours() {
        String text = "One. Two. Three. Four.";
        List<Span> s = Passages.sentences(text);
        assertEquals("One. Two.", Passages.window(s, 0).of(text));
        assertEquals("One. Two. Three.", Passages.window(s, 1).of(text));
        assertEquals("Three. Four.", Passages.window(s, 3).of(text));
    }
}
