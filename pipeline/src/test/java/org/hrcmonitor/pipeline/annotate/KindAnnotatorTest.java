package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hrcmonitor.pipeline.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KindAnnotatorTest {
    private final KindAnnotator annotator = new KindAnnotator();

    private Kind kindOf(String text) {
        return annotator.annotate(Docs.of(text)).kind();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Human Rights Council\nDecision adopted by the Human Rights Council\non 12 March 2020\n43/112. Outcome",
            "Resolution adopted by the Human Rights Council on 19 June 2020\n43/1. The promotion",
            "Resolution adopted by the General Assembly\n48/134. National institutions"})
    void resolutionsAndDecisions(String text) {
        assertEquals(Kind.RESOLUTION, kindOf(text));
    }

    @Test
    void aResolutionSymbolSettlesIt() {
        assertEquals(Kind.RESOLUTION, annotator.annotate(Docs.of("Outcome of the review").withSymbol("A/HRC/DEC/14/105")).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Report of the Human Rights Council on its forty-\nthird session",
            "Report of the Working Group on the Universal Periodic\nReview*\nSlovenia",
            "Dutch parliamentary corpus ParlaMint-NL, Lower House 2017-01-26",
            "Document: Besluitenlijst van de extra procedurevergadering van dinsdag 8 maart 2011",
            "Handelingen Tweede Kamer 2019-2020, nr. 24",
            "Verslag van een commissiedebat over de Mensenrechtenraad"})
    void sessionRecords(String text) {
        assertEquals(Kind.SESSION_RECORD, kindOf(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 14 februari 2020",
            "Geachte voorzitter,\n\nHierbij ontvangt u",
            "Kamerbrief over mensenrechtenbeleid",
            "Excellency,\n\nI refer to the review",
            "Dear Minister,\n\nFollowing the adoption",
            "Subject: follow-up to the session\n\nDear High Commissioner,\n\nOn behalf of",
            "Letter dated 5 October 2020 from the Permanent Representative",
            "Madam,\nI have the honour to refer to the fourth cycle review"})
    void letters(String text) {
        assertEquals(Kind.LETTER, kindOf(text));
    }

    @Test
    void theEarliestMarkerWins() {
        assertEquals(Kind.LETTER, kindOf("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                + "Zoals besproken (Handelingen Tweede Kamer 2019/20, nr. 24) ..."));
    }

    @Test
    void lateMarkersAreNotRead() {
        assertEquals(Kind.OTHER, kindOf("National report\n\n" + "x ".repeat(5000) + "Excellency,"));
    }

    @Test
    void theTitleCounts() {
        assertEquals(Kind.SESSION_RECORD, annotator.annotate(Docs.of("Aanwezig: ...")
                .withTitle("Besluitenlijst procedurevergadering")).kind());
    }

    @Test
    void otherwiseOther() {
        assertEquals(Kind.OTHER, kindOf("Wet van 24 november 2011, houdende de oprichting van het College"));
    }

    @Test
    void emptyTextIsOther() {
        assertEquals(Kind.OTHER, kindOf(""));
    }
}
