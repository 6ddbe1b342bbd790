package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.hrcmonitor.pipeline.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAnnotatorTest {
    private final DateAnnotator annotator = new DateAnnotator();

    private LocalDate dateOf(String text) {
        return annotator.annotate(Docs.of(text)).date();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Den Haag, 14 februari 2020|2020-02-14",
            "Vergadering van 14 februari 2020|2020-02-14",
            "Geneva, 5 October 2020|2020-10-05",
            "Issued October 5, 2020|2020-10-05",
            "Date: 23 October 2012|2012-10-23",
            "Sitting 2020-02-14|2020-02-14",
            "ParlaMint-NL_2019-05-16-tweedekamer-11.u1 Goedenavond|2019-05-16"})
    void readsEachWrittenForm(String text, LocalDate expected) {
        assertEquals(expected, dateOf(text));
    }

    @Test
    void theUnIssueDateBeatsEarlierSessionDates() {
        assertEquals(LocalDate.of(2021, 5, 6), dateOf("Forty-third session\n24 February–20 March 2020\n"
                + "United Nations A/HRC/43/2\nGeneral Assembly Distr.: General\n\n6 May 2021\n\nOriginal: English"));
    }

    @Test
    void theUnIssueDateMayFollowTheSymbol() {
        assertEquals(LocalDate.of(2008, 5, 13), dateOf("General Assembly Distr.\nGENERAL\nA/HRC/8/31\n13 May 2008"));
    }

    @Test
    void aResolutionIsDatedByItsAdoption() {
        String text = "Decision adopted by the Human Rights Council\non 12 March 2020\n43/112. Outcome\n"
                + "United Nations A/HRC/DEC/43/112\nGeneral Assembly Distr.: General\n25 March 2020";
        assertEquals(LocalDate.of(2020, 3, 12), annotator.annotate(Docs.of(text).withKind(Kind.RESOLUTION)).date());
    }

    @Test
    void aResolutionWithoutAdoptionHeadingIsDatedByItsMeeting() {
        String text = "Adopts the outcome.\n22nd meeting\n9 June 2010\n[Adopted without a vote.]\nDistr.: General\n23 June 2010";
        assertEquals(LocalDate.of(2010, 6, 9), annotator.annotate(Docs.of(text).withKind(Kind.RESOLUTION)).date());
    }

    @Test
    void adoptionDatesCountOnlyForResolutions() {
        assertEquals(LocalDate.of(2012, 10, 23), dateOf("36th meeting 18 June 2010\nDistr.: General\n23 October 2012"));
    }

    @Test
    void aRangeDoesNotGiveItsStart() {
        assertEquals(LocalDate.of(2020, 6, 1), dateOf("Session from 2 March 2020 to 13 March 2020. Published 1 June 2020."));
    }

    @Test
    void impossibleDatesAreSkipped() {
        assertEquals(LocalDate.of(2020, 3, 2), dateOf("Den Haag, 31 februari 2020\n\n2 maart 2020"));
    }

    @Test
    void documentDateMetadataBeatsTheText() {
        assertEquals(LocalDate.of(2019, 1, 2), annotator.annotate(Docs.of("Den Haag, 14 februari 2020",
                Map.of("DCTERMS.issued", "2019-01-02T10:00:00Z"))).date());
    }

    @Test
    void overheidDateTagsCount() {
        assertEquals(LocalDate.of(2019, 1, 2), annotator.annotate(Docs.of("",
                Map.of("OVERHEIDop.datumOndertekening", "2019-01-02"))).date());
    }

    @Test
    void creationDateIsTheLastResort() {
        Map<String, String> created = Map.of("dcterms:created", "2022-02-01T13:32:45Z");
        assertEquals(LocalDate.of(2021, 5, 6), annotator.annotate(Docs.of("Distr.: General 6 May 2021", created)).date());
        assertEquals(LocalDate.of(2022, 2, 1), annotator.annotate(Docs.of("no date here", created)).date());
    }

    @Test
    void datesCitedDeepInTheTextAreIgnored() {
        assertNull(dateOf("Preamble\n\n" + "tekst ".repeat(2000) + "14 februari 2020"));
    }

    @Test
    void emptyTextHasNoDate() {
        assertNull(dateOf(""));
    }
}
