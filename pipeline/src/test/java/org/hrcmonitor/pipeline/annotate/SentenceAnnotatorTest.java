package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.text.CleanText;
import org.hrcmonitor.pipeline.text.TextCleaner;
import org.junit.jupiter.api.Test;

class SentenceAnnotatorTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator(LanguageModels.shared());

    private static Document annotated(String raw) {
        CleanText clean = new TextCleaner().clean(raw);
        SourceDocument source = new SourceDocument("/tmp/t.txt", "0123456789abcdef", "text/plain", raw, null,
                List.of(), Map.of());
        Document doc = Document.unannotated(source, clean.text(), clean.paragraphs());
        return SENTENCES.annotate(new LanguageAnnotator().annotate(doc));
    }

    private static List<String> texts(Document doc, List<Span> spans) {
        return spans.stream().map(doc::textOf).toList();
    }

    @Test
    void dutchAbbreviationsDoNotEndASentence() {
        Document doc = annotated("Het kabinet steunt o.a. de resolutie over persvrijheid, zie art. 19 van het Verdrag. "
                + "Nederland zal ook bijv. Canada om steun vragen.");
        assertEquals(List.of("Het kabinet steunt o.a. de resolutie over persvrijheid, zie art. 19 van het Verdrag.",
                        "Nederland zal ook bijv. Canada om steun vragen."),
                texts(doc, doc.sentences().stream().map(Sentence::span).toList()));
        assertTrue(doc.sentences().stream().allMatch(s -> s.language().equals("nl")));
    }

    @Test
    void tokensAreSpansIntoTheText() {
        Document doc = annotated("The Council condemns attacks on journalists.");
        assertEquals(List.of("The", "Council", "condemns", "attacks", "on", "journalists", "."), texts(doc, doc.tokens()));
    }

    @Test
    void aBilingualDocumentIsSplitPerParagraphLanguage() {
        String dutch = "Het Koninkrijk der Nederlanden zet zich in voor de bescherming van mensenrechtenverdedigers en "
                + "journalisten, die in veel landen worden bedreigd, opgepakt of vermoord omdat zij misstanden aan de kaak "
                + "stellen. Het kabinet zal daarom samen met andere landen een resolutie indienen bij de Mensenrechtenraad.";
        String english = "The Kingdom of the Netherlands is committed to protecting human rights defenders and journalists, "
                + "who in many countries are threatened, arrested or killed because they expose abuses. The Government "
                + "will therefore table a resolution at the Human Rights Council together with other countries.";
        Document doc = annotated(dutch + "\n\n" + english + "\n\n" + dutch);
        Map<String, Long> perLanguage = doc.sentences().stream()
                .collect(Collectors.groupingBy(Sentence::language, Collectors.counting()));
        assertEquals(Map.of("nl", 4L, "en", 2L), perLanguage);
        Sentence firstEnglish = doc.sentences().stream().filter(s -> s.language().equals("en")).findFirst().orElseThrow();
        assertTrue(doc.textOf(firstEnglish.span()).startsWith("The Kingdom of the Netherlands"));
    }

    @Test
    void anEmptyDocumentHasNoSentences() {
        Document doc = SENTENCES.annotate(Docs.of(""));
        assertEquals(List.of(), doc.sentences());
        assertEquals(List.of(), doc.tokens());
    }
}
