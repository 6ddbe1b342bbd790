package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.Section;
import org.hrcmonitor.pipeline.document.Span;
import org.junit.jupiter.api.Test;

class SectionAnnotatorTest {
    private static final String REPORT = "Report of the Human Rights Council on its fourteenth session\n\n"
            + "Contents\n\nI. Resolutions ........ 5\n\n 14/1. The grave attacks ........ 5\n\n";
    private final SectionAnnotator annotator = new SectionAnnotator();

    private List<Section> sectionsOf(String text) {
        return annotator.annotate(Docs.of(text)).sections();
    }

    private static Section section(String text, String symbol, String title, String from, String to) {
        int start = text.indexOf(from);
        return new Section(symbol, title, Kind.RESOLUTION, new Span(start, text.indexOf(to, start) + to.length()));
    }

    @Test
    void headingsWithTheirTextsBecomeSections() {
        String text = REPORT + "Part One\n\nI. Resolutions\n\n  14/1 \nThe grave attacks by Israeli forces against the"
                + " humanitarian boat \nconvoy \n\n The Human Rights Council,\n\n[Adopted by a recorded vote.]\n\n"
                + "  14/2 \nTrafficking in persons \n\n Recalling its resolution\n12/15 of 1 October 2009,\n\n"
                + "II. Decisions\n\n  14/101 \nOutcome of the universal periodic review: Qatar \n\n Adopts.\n\n"
                + "Part Two\n\nSummary of proceedings\n\n14/1 Budget implications";
        assertEquals(List.of(
                section(text, "A/HRC/RES/14/1", "The grave attacks by Israeli forces against the humanitarian boat convoy",
                        "14/1 \nThe grave", "[Adopted by a recorded vote.]"),
                section(text, "A/HRC/RES/14/2", "Trafficking in persons", "14/2 \n", "1 October 2009,\n\nII. Decisions"),
                section(text, "A/HRC/DEC/14/101", "Outcome of the universal periodic review: Qatar", "14/101", "Adopts.")),
                sectionsOf(text));
    }

    @Test
    void tableRowsLoseTheirAdoptionDate() {
        String text = REPORT + "I. Resolutions\n\nResolution Title Date of adoption\n\n"
                + "   43/1 The promotion and protection of the human rights of Africans \n\n19 June 2020 \n\n"
                + "43/7 Right to work 19 June 2020 \n\nII. Decisions\n\n"
                + "43/101 Outcome of the universal periodic review: Italy 12 March 2020 \n\n"
                + " III.  President’s statement \n\n43/1 Human rights implications of the COVID-19 pandemic 29 May 2020";
        assertEquals(List.of(
                section(text, "A/HRC/RES/43/1", "The promotion and protection of the human rights of Africans",
                        "43/1 The", "19 June 2020"),
                section(text, "A/HRC/RES/43/7", "Right to work", "43/7", "19 June 2020 \n\nII. Decisions"),
                section(text, "A/HRC/DEC/43/101", "Outcome of the universal periodic review: Italy", "43/101", "12 March 2020")),
                sectionsOf(text));
    }

    @Test
    void cleanedParagraphsWork() {
        String text = REPORT + "Part One Resolutions and decisions adopted\n\nI. Resolutions\n\n"
                + "14/1 The grave attacks by Israeli forces\n\nThe Human Rights Council,\n\n"
                + "14/2 Trafficking in persons\n\nRecalling\n\nPart Two Summary of proceedings";
        assertEquals(List.of(
                section(text, "A/HRC/RES/14/1", "The grave attacks by Israeli forces", "14/1 The grave", "Council,"),
                section(text, "A/HRC/RES/14/2", "Trafficking in persons", "14/2", "Recalling")),
                sectionsOf(text));
    }

    @Test
    void crossReferencesOpeningAParagraphAreNoHeadings() {
        String text = REPORT + "I. Resolutions\n\n14/2 Trafficking in persons\n\nRecalling its resolution\n\n"
                + "14/1 of 18 June 2010,\n\n12/15 Regional arrangements are recalled\n\n14/1 Earlier Resolution Recalled\n\n"
                + "Part Two";
        assertEquals(List.of(section(text, "A/HRC/RES/14/2", "Trafficking in persons", "14/2", "Recalled")),
                sectionsOf(text));
    }

    @Test
    void headingsNamingTheirKindSetIt() {
        String text = REPORT + "I. Resolutions\n\nResolution 14/1 Promotion of peace\n\nText.\n\n"
                + "Decision 14/101 Outcome of the review: Qatar\n\nText.";
        assertEquals(List.of("A/HRC/RES/14/1", "A/HRC/DEC/14/101"),
                sectionsOf(text).stream().map(Section::symbol).toList());
    }

    @Test
    void otherDocumentsGetNoSections() {
        assertEquals(List.of(), sectionsOf("Report of the Working Group on the Universal Periodic Review\n\n"
                + "I. Resolutions\n\n14/1 The grave attacks\n\nText."));
    }

    @Test
    void aReportWithoutResolutionsPartGetsNoSections() {
        Document doc = Docs.of(REPORT);
        assertEquals(List.of(), annotator.annotate(doc).sections());
    }

    @Test
    void emptyTextGetsNoSections() {
        assertEquals(List.of(), sectionsOf(""));
    }
}
