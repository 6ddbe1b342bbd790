package org.hrcmonitor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.Section;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceLayerTest {
    private static final String TEXT = "Jemen en Saoedi-Arabië. 44/7. The Council condemns torture in Yemen and China. "
            + "It asks for accountability.";

    private static Span span(String part) {
        int start = TEXT.indexOf(part);
        return new Span(start, start + part.length());
    }

    /** Three sentences (Dutch, then two English inside a section), two with countries, two with themes. */
    private static final Document DOC = new Document("0123456789abcdef", "0123456789abcdef00", "/x.txt", "text/plain", "x",
            "nl", Kind.LETTER, null, null, TEXT, List.of(new Span(0, TEXT.length())),
            List.of(new Section("A/HRC/RES/44/7", "44/7.", Kind.RESOLUTION, span("44/7. The Council condemns torture in Yemen and China. It asks for accountability."))),
            List.of(new Sentence(span("Jemen en Saoedi-Arabië."), "nl"),
                    new Sentence(span("44/7. The Council condemns torture in Yemen and China."), "en"),
                    new Sentence(span("It asks for accountability."), "en")),
            List.of(), List.of(new CountryMention(span("Jemen"), "YE"), new CountryMention(span("Saoedi-Arabië"), "SA"),
                    new CountryMention(span("Yemen"), "YE"), new CountryMention(span("China"), "CN")),
            List.of(new ThemeTag(span("44/7. The Council condemns torture in Yemen and China."), "torture", 0.5),
                    new ThemeTag(span("It asks for accountability."), "accountability", 0.5)),
            List.of(), Map.of());

    @Test
    void aDocumentKeepsEachSentenceWithItsLanguageCountriesAndThemes() {
        List<StoredSentence> sentences = SentenceLayer.parse(SentenceLayer.format(DOC, new Span(0, TEXT.length())));
        assertEquals(List.of(
                new StoredSentence(1, 0, 23, "nl", List.of("YE", "SA"), List.of()),
                new StoredSentence(2, 24, 78, "en", List.of("YE", "CN"), List.of("torture")),
                new StoredSentence(3, 79, 106, "en", List.of(), List.of("accountability"))), sentences);
    }

    @Test
    void aSectionKeepsItsOwnSentencesWithOffsetsIntoItsText() {
        Span section = DOC.sections().get(0).span();
        List<StoredSentence> sentences = SentenceLayer.parse(SentenceLayer.format(DOC, section));
        assertEquals(List.of(
                new StoredSentence(1, 0, 54, "en", List.of("YE", "CN"), List.of("torture")),
                new StoredSentence(2, 55, 82, "en", List.of(), List.of("accountability"))), sentences);
        assertEquals("It asks for accountability.", DOC.textOf(section).substring(55, 82));
    }

    @Test
    void theIndexStoresTheLayerAndTheLastEntryNumber(@TempDir Path dir) throws Exception {
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(DOC);
            w.put(Docs.of("/y.txt", "en", Kind.OTHER, null, null, "Another one."));
        }
        try (IndexReading r = IndexReading.open(dir)) {
            assertEquals(2, r.lastEntry());
            var stored = r.searcher().storedFields().document(0);
            assertEquals(3, IndexSchema.sentencesOf(stored).orElseThrow().size());
        }
    }
}
