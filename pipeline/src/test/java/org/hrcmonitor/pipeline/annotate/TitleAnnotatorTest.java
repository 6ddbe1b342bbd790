package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleAnnotatorTest {
    private static final String UN_REPORT = "GE.21-06039(E)\n\nHuman Rights Council\nForty-third session\n\n"
            + "Agenda item 1\n\nOrganizational and procedural matters\n\n  Report of the Human Rights Council on its forty-\n"
            + "third session\n\nVice-President and Rapporteur: Yackoley Kokou Johnson (Togo)\n\nUnited Nations A/HRC/43/2";
    private final TitleAnnotator annotator = new TitleAnnotator();

    private String titleOf(String readerTitle, String text) {
        return annotator.annotate(Docs.of(text).withTitle(readerTitle)).title();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Microsoft Word - g2110341.doc", "g2110341.pdf", "untitled", "2004483",
            "United Nations", "A/HRC/DEC/43/112"})
    void replacesUselessTitles(String readerTitle) {
        assertEquals("Report of the Human Rights Council on its forty-third session", titleOf(readerTitle, UN_REPORT));
    }

    @Test
    void keepsAGoodTitle() {
        assertEquals("Moties ingediend bij Wet auteurscontractenrecht",
                titleOf("Moties ingediend bij Wet auteurscontractenrecht", UN_REPORT));
    }

    @Test
    void aLetterIsTitledByItsSubject() {
        assertEquals("Inzet Koninkrijk in de VN-Mensenrechtenraad", titleOf("", "Aan de Voorzitter van de Tweede Kamer\n"
                + "Den Haag, 14 februari 2020\nOnderwerp: Inzet Koninkrijk in de VN-Mensenrechtenraad\n\nGeachte voorzitter,"));
        assertEquals("Mensenrechtenrapportage 2019", titleOf("", "Betreft Mensenrechtenrapportage 2019\n\nGeachte voorzitter,"));
    }

    @Test
    void aDecisionIsTitledByItsHeadingWithoutNumber() {
        assertEquals("Outcome of the universal periodic review: Slovenia", titleOf("", "Agenda item 6\n"
                + " Decision adopted by the Human Rights Council\non 12 March 2020\n"
                + "43/112. Outcome of the universal periodic review: Slovenia\nThe Human Rights Council,\nActing"));
    }

    @Test
    void otherwiseTheFirstLineThatReadsLikeProse() {
        assertEquals("Wet van 24 november 2011, houdende de oprichting van het College", titleOf("",
                "<meta http-equiv='Content-Type' content='text/html' />\n\nBUITENLANDSE ZAKEN EN HANDEL\n\n"
                        + "##Wet van 24 november 2011, houdende de oprichting van het College\n\nWij Beatrix"));
    }

    @Test
    void longTitlesAreCutAtAWord() {
        String title = titleOf("", "Onderwerp: " + "mensenrechten ".repeat(30));
        assertEquals("mensenrechten ".repeat(14).strip(), title);
    }

    @Test
    void emptyTextLeavesTheTitleAsItWas() {
        assertEquals("untitled", titleOf("untitled", ""));
    }
}
