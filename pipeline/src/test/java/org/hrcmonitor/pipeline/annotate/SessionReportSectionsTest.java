package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Section;
import org.junit.jupiter.api.Test;

/** Sections of real Council session reports, counted against each report's own list in Part One. */
class SessionReportSectionsTest {
    private final SectionAnnotator annotator = new SectionAnnotator();

    private Document sectioned(String file) throws Exception {
        return annotator.annotate(Docs.read(file));
    }

    private static Section find(Document doc, String symbol) {
        return doc.sections().stream().filter(s -> symbol.equals(s.symbol())).findFirst().orElseThrow();
    }

    @Test
    void fortyThirdSessionHasItsThirtyNineResolutionsAndSeventeenDecisions() throws Exception {
        // Part One of A/HRC/43/2 lists resolutions 43/1–43/39 and decisions 43/101–43/117
        List<Section> sections = sectioned("corpus/session-records/g2110341.pdf").sections();
        assertEquals(56, sections.size());
        assertEquals(39, sections.stream().filter(s -> s.symbol().startsWith("A/HRC/RES/43/")).count());
        assertEquals("A/HRC/RES/43/1", sections.get(0).symbol());
        assertEquals("A/HRC/DEC/43/117", sections.get(55).symbol());
    }

    @Test
    void fortyThirdSessionTitlesAreTheTableRows() throws Exception {
        Document doc = sectioned("corpus/session-records/g2110341.pdf");
        assertEquals("The promotion and protection of the human rights and fundamental freedoms of Africans and of people"
                + " of African descent against excessive use of force and other human rights violations by law enforcement"
                + " officers", find(doc, "A/HRC/RES/43/1").title());
        assertEquals("Right to work", find(doc, "A/HRC/RES/43/7").title());
        assertEquals("Outcome of the universal periodic review: Slovenia", find(doc, "A/HRC/DEC/43/112").title());
    }

    @Test
    void spansAreInOrderAndDoNotOverlap() throws Exception {
        for (String file : List.of("corpus/session-records/g2110341.pdf", "corpus/session-records/g1217781.pdf")) {
            Document doc = sectioned(file);
            int previousEnd = 0;
            for (Section s : doc.sections()) {
                assertTrue(s.span().start() >= previousEnd, file + " " + s.symbol());
                String number = s.symbol().replaceFirst("^A/HRC/(?:RES|DEC)/", "");
                assertTrue(doc.textOf(s.span()).startsWith(number), file + " " + s.symbol() + " starts with its number");
                previousEnd = s.span().end();
            }
        }
    }

    @Test
    void fourteenthSessionSectionsHoldTheFullTexts() throws Exception {
        // A/HRC/14/37 gives resolutions 14/1–14/16 and decisions 14/101–14/119 in full
        Document doc = sectioned("corpus/session-records/g1217781.pdf");
        assertEquals(35, doc.sections().size());
        Section slovenia = find(doc, "A/HRC/DEC/14/105");
        assertEquals("Outcome of the universal periodic review: Slovenia", slovenia.title());
        assertTrue(doc.textOf(slovenia.span()).contains("Adopts the outcome of the universal periodic review on Slovenia"));
    }

    @Test
    void twentyEighthSessionHasThirtyFourResolutionsAndFourteenDecisions() throws Exception {
        // Part One of A/HRC/28/2 lists resolutions 28/1–28/34 and decisions 28/101–28/114
        assertEquals(48, sectioned("corpus/session-records/g1913313.pdf").sections().size());
    }

    @Test
    void aUprReportHasNoSections() throws Exception {
        assertEquals(List.of(), sectioned("corpus/session-records/g1012049.pdf").sections());
    }
}
