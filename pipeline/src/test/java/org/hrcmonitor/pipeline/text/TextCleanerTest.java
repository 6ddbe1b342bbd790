package org.hrcmonitor.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hrcmonitor.pipeline.document.Span;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    /** The expected result for these paragraphs: joined by one blank line, each span covering one paragraph. */
    private static CleanText paragraphs(String... paragraphs) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (String paragraph : paragraphs) {
            spans.add(new Span(start, start + paragraph.length()));
            start += paragraph.length() + 2;
        }
        return new CleanText(String.join("\n\n", paragraphs), spans);
    }

    @Test
    void emptyInputGivesNoParagraphs() {
        assertEquals(new CleanText("", List.of()), cleaner.clean(""));
    }

    @Test
    void whitespaceOnlyInputGivesNoParagraphs() {
        assertEquals(new CleanText("", List.of()), cleaner.clean(" \n\t\n\u00A0 \r\n\f\u200B\n"));
    }

    @Test
    void spansPointAtEachParagraph() {
        CleanText expected = new CleanText("Eerste alinea.\n\nTweede alinea.", List.of(new Span(0, 14), new Span(16, 30)));
        assertEquals(expected, cleaner.clean("\n  Eerste alinea.  \n\n\n \nTweede\nalinea.\n"));
    }

    @Test
    void linesOfAParagraphAreJoinedWithOneSpace() {
        assertEquals(paragraphs("Het kabinet beschouwt de Mensenrechtenraad als het belangrijkste VN-forum."),
                cleaner.clean("Het kabinet beschouwt de\nMensenrechtenraad als het\nbelangrijkste VN-forum."));
    }

    @Test
    void aShortLineEndingASentenceEndsTheParagraph() {
        String raw = """
                Als lid zal het Koninkrijk actief blijven inzetten op mensenrechten in
                Jemen via de jaarlijkse resolutie.
                Samen met Canada zal het Koninkrijk in de Mensenrechtenraad de
                resolutie voor de mandaatverlenging trekken.""";
        assertEquals(paragraphs(
                        "Als lid zal het Koninkrijk actief blijven inzetten op mensenrechten in Jemen via de jaarlijkse resolutie.",
                        "Samen met Canada zal het Koninkrijk in de Mensenrechtenraad de resolutie voor de mandaatverlenging trekken."),
                cleaner.clean(raw));
    }

    @Test
    void aFullLineEndingASentenceDoesNotEndTheParagraph() {
        String raw = """
                Om effectief te kunnen zijn, treedt het Koninkrijk daarbij op samen
                met gelijkgezinde landen en bij voorkeur in EU-verband. Als lid zal
                het Koninkrijk inzetten op mensenrechten in Jemen en op verlenging.
                Het Koninkrijk trekt op met België, Canada, Ierland en Luxemburg.""";
        assertEquals(paragraphs("Om effectief te kunnen zijn, treedt het Koninkrijk daarbij op samen met gelijkgezinde "
                        + "landen en bij voorkeur in EU-verband. Als lid zal het Koninkrijk inzetten op mensenrechten in "
                        + "Jemen en op verlenging. Het Koninkrijk trekt op met België, Canada, Ierland en Luxemburg."),
                cleaner.clean(raw));
    }

    @Test
    void aShortHeadingEndsTheParagraph() {
        String raw = """
                Landensituaties
                Het Koninkrijk zal altijd ernstige mensenrechtensituaties in landen
                blijven aankaarten.""";
        assertEquals(paragraphs("Landensituaties",
                        "Het Koninkrijk zal altijd ernstige mensenrechtensituaties in landen blijven aankaarten."),
                cleaner.clean(raw));
    }

    @Test
    void aShortLineEndingInACommaRunsOn() {
        String raw = """
                De Minister van Buitenlandse Handel en Ontwikkelingssamenwerking,
                mede namens de Minister van Buitenlandse Zaken,
                S.A.M. Kaag""";
        assertEquals(paragraphs("De Minister van Buitenlandse Handel en Ontwikkelingssamenwerking, "
                + "mede namens de Minister van Buitenlandse Zaken, S.A.M. Kaag"), cleaner.clean(raw));
    }

    @Test
    void listAndHeadingMarkersStartParagraphs() {
        String raw = """
                Het kabinet zet in op:
                1. persvrijheid;
                (a) online en offline;
                • gelijke rechten;
                - vrijheid van religie.
                Artikel 3 van de resolutie""";
        assertEquals(paragraphs("Het kabinet zet in op:", "1. persvrijheid;", "(a) online en offline;",
                "• gelijke rechten;", "- vrijheid van religie.", "Artikel 3 van de resolutie"), cleaner.clean(raw));
    }

    @Test
    void aMarkerAfterAFullLineStoppingMidSentenceRunsOn() {
        String raw = """
                The State shall act in accordance with the obligations it has under
                Article 3 of the Covenant.""";
        assertEquals(paragraphs("The State shall act in accordance with the obligations it has under Article 3 of the "
                + "Covenant."), cleaner.clean(raw));
    }

    @Test
    void aBlockOfLongLinesIsOneParagraphPerLine() {
        String first = "Poland congratulated the Netherlands on the significant developments achieved in its human "
                + "rights infrastructure. Poland made recommendations.";
        String second = "India welcomed the establishment of a national human rights institution (NHRI) and asked "
                + "about reports of racial discrimination, xenophobia and ethnic profiling.";
        String heading = "B. Interactive dialogue";
        String third = "Spain congratulated the Netherlands for its integration and assistance policies to immigrants "
                + "over the last few years. Spain made recommendations.";
        assertEquals(paragraphs(first, second, heading, third),
                cleaner.clean(String.join("\n", first, second, heading, third)));
    }

    @Test
    void aShortLineEndingInAHyphenRunsOnAmongLongLines() {
        String raw = "Het kabinet blijft Saoedi-\nArabië en Iran aanspreken op het gebruik van de doodstraf. Nederland "
                + "steunt de resolutie over de veiligheid van journalisten en persvrijheid.";
        assertEquals(paragraphs("Het kabinet blijft Saoedi-Arabië en Iran aanspreken op het gebruik van de doodstraf. "
                + "Nederland steunt de resolutie over de veiligheid van journalisten en persvrijheid."), cleaner.clean(raw));
    }

    @Test
    void aPageBreakInALongLineParagraphIsJoined() {
        String raw = """
                77. The representative stated that corporal punishment was prohibited by law in schools in Aruba and \
                legislation to extend the prohibition to the family setting was expected in
                2012. Regarding the remarks on the issue of a human rights institution, Aruba would be working \
                together with Curaçao and the Netherlands.
                86. With regards to achievements and best practices, Chile stressed the establishment of the National \
                Institution for Human Rights and Municipal Anti-
                Discrimination Services, institutions which would help consolidate achievements and carry out new \
                activities in relevant areas.
                94. Many ethnic minorities in the Netherlands did not possess a good working knowledge of Dutch and \
                the economic crisis, in
                particular, worsened that situation.""";
        assertEquals(paragraphs("77. The representative stated that corporal punishment was prohibited by law in schools "
                        + "in Aruba and legislation to extend the prohibition to the family setting was expected in 2012. "
                        + "Regarding the remarks on the issue of a human rights institution, Aruba would be working "
                        + "together with Curaçao and the Netherlands.",
                        "86. With regards to achievements and best practices, Chile stressed the establishment of the "
                        + "National Institution for Human Rights and Municipal Anti-Discrimination Services, institutions "
                        + "which would help consolidate achievements and carry out new activities in relevant areas.",
                        "94. Many ethnic minorities in the Netherlands did not possess a good working knowledge of Dutch "
                        + "and the economic crisis, in particular, worsened that situation."),
                cleaner.clean(raw));
    }

    @Test
    void aSpaceAfterALineEndHyphenStillRejoinsTheWord() {
        assertEquals(paragraphs("de Mensenrechtenraad"), cleaner.clean("de Mensen- \nrechtenraad"));
    }
}
