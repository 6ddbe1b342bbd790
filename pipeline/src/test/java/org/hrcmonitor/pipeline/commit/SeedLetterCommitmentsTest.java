package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hrcmonitor.pipeline.document.Commitment;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.TimeFrame;
import org.hrcmonitor.pipeline.source.FileSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cabinet letter of 14 February 2020 on HRC membership 2020–2022, read from its file like ingest does. */
class SeedLetterCommitmentsTest {
    private static Document letter;

    @BeforeAll
    static void read() throws Exception {
        Path file = Path.of(System.getProperty("hrc.shared", "../../shared"), "seed", "000_179d281dde228d13.txt");
        assumeTrue(Files.exists(file), "seed letter not found: " + file);
        letter = CommitmentAnnotatorTest.PIPELINE.process(FileSource.describe(file));
    }

    private static Commitment starting(String words) {
        return letter.commitments().stream().filter(c -> letter.textOf(c.sentence()).startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment starts with: " + words));
    }

    /** Every sentence labelled a commitment in commitments-dev.jsonl, and no other. */
    @Test
    void allFortyThreeCommitmentsAreFound() {
        assertEquals(LocalDate.of(2020, 2, 14), letter.date());
        assertEquals(43, letter.commitments().size());
        assertEquals(43, letter.commitments().stream().map(Commitment::id).distinct().count());
    }

    @Test
    void theIssuesExamples() {
        Commitment canada = starting("Samen met Canada zal het Koninkrijk");
        assertEquals(List.of("CA"), canada.partners());
        assertEquals("het Koninkrijk", canada.actor());
        assertTrue(canada.themes().contains("freedom-of-expression"), canada.themes()::toString);

        Commitment conferences = starting("Het Koninkrijk zal hiervoor het komend jaar twee conferenties");
        assertEquals(List.of("twee conferenties"), conferences.quantities());
        assertEquals(new TimeFrame("het komend jaar", LocalDate.of(2020, 2, 14), LocalDate.of(2021, 2, 13)),
                conferences.timeframe());
        assertEquals("twee conferenties Genève New York organiseren", conferences.action());
    }

    @Test
    void partnersQuantitiesAndTheMembershipPeriod() {
        assertEquals(List.of("BE", "CA", "IE", "LU"), starting("Het Koninkrijk trekt hierbij op als core group").partners());
        Commitment invite = starting("Tijdens het huidige lidmaatschap zal het Koninkrijk");
        assertEquals(List.of("ten minste drie landen"), invite.quantities());
        assertEquals(new TimeFrame("Tijdens het huidige lidmaatschap", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 12, 31)), invite.timeframe());
        assertEquals(new TimeFrame("vanaf 2020", LocalDate.of(2020, 1, 1), null),
                starting("Als inkomend lid zal het Koninkrijk vanaf 2020").timeframe());
    }

    @Test
    void sentencesAreCleanWithLineEndHyphenationRepaired() {
        assertEquals("Het kabinet wil de Mensenrechtenraad van binnenuit versterken en hervormen.",
                letter.textOf(starting("Het kabinet wil de Mensenrechtenraad").sentence()));
    }
}
