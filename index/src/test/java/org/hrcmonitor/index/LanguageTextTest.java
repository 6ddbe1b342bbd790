package org.hrcmonitor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.junit.jupiter.api.Test;

class LanguageTextTest {
    private static final String TEXT = "Wij steunen kinderen. We support children.";

    private static Document bilingual() {
        return Docs.of("/b.txt", "nl", Kind.OTHER, null, null, TEXT)
                .withSentences(List.of(new Sentence(new Span(0, 21), "nl"), new Sentence(new Span(22, 42), "en")), List.of());
    }

    @Test
    void eachLanguageKeepsItsSentencesAtTheirOffsets() {
        assertEquals(Map.of("nl", "Wij steunen kinderen.                     ",
                        "en", "                      We support children."),
                LanguageText.split(bilingual(), new Span(0, TEXT.length())));
    }

    @Test
    void aPartInOneLanguageIsItsTextUnchanged() {
        assertEquals(Map.of("en", "We support children."), LanguageText.split(bilingual(), new Span(22, 42)));
    }

    @Test
    void withoutSentencesTheDocumentLanguageHoldsTheText() {
        Document plain = Docs.of("/p.txt", "en", Kind.OTHER, null, null, TEXT).withSentences(List.of(), List.of());
        assertEquals(Map.of("en", TEXT), LanguageText.split(plain, new Span(0, TEXT.length())));
    }
}
