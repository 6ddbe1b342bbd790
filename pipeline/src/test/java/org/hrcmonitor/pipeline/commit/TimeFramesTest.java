package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.hrcmonitor.pipeline.document.TimeFrame;
import org.junit.jupiter.api.Test;

class TimeFramesTest {
    private static final LocalDate LETTER = LocalDate.of(2020, 2, 14);
    private static final String MEMBERSHIP = "de inzet voor het lidmaatschap van de Mensenrechtenraad voor de periode "
            + "2020–2022. Meer tekst.";

    private static Optional<TimeFrame> frame(String sentence, LocalDate date, String document) {
        return TimeFrames.in(sentence, date, document).map(TimeFrames.Found::frame);
    }

    private static Optional<TimeFrame> frame(String sentence) {
        return frame(sentence, LETTER, MEMBERSHIP);
    }

    private static Optional<TimeFrame> of(String text, String from, String to) {
        return Optional.of(new TimeFrame(text, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)));
    }

    @Test
    void yearsResolveWithoutADate() {
        assertEquals(of("in 2020–2022", "2020-01-01", "2022-12-31"),
                frame("Het Koninkrijk zal in 2020–2022 de OHCHR ondersteunen.", null, ""));
        assertEquals(of("vanaf 2020", "2020-01-01", null), frame("Het Koninkrijk zal vanaf 2020 bijdragen.", null, ""));
        assertEquals(of("by 2025", null, "2025-12-31"), frame("We will ratify it by 2025.", null, ""));
        assertEquals(of("before 2025", null, "2024-12-31"), frame("We will ratify it before 2025.", null, ""));
        assertEquals(of("in 2024", "2024-01-01", "2024-12-31"), frame("Nederland zal in 2024 een event organiseren."));
    }

    @Test
    void relativePhrasesResolveAgainstTheDocumentsDate() {
        assertEquals(of("het komend jaar", "2020-02-14", "2021-02-13"),
                frame("Het Koninkrijk zal hiervoor het komend jaar twee conferenties organiseren."));
        assertEquals(of("next year", "2021-01-01", "2021-12-31"), frame("We will host a conference next year."));
        assertEquals(of("de komende drie jaar", "2020-02-14", "2023-02-13"),
                frame("Het kabinet wil de bijdrage de komende drie jaar verhogen."));
        assertEquals(of("het komend jaar", null, null),
                frame("Het Koninkrijk zal het komend jaar twee conferenties organiseren.", null, ""));
    }

    @Test
    void monthsWithAYearOrTheNextOneAfterTheDate() {
        assertEquals(of("in april 2021", "2021-04-01", "2021-04-30"), frame("Nederland zal in april 2021 spreken.", null, ""));
        assertEquals(of("by September 2021", null, "2021-09-30"), frame("We will report by September 2021.", null, ""));
        assertEquals(of("in september", "2020-09-01", "2020-09-30"), frame("Het kabinet zal in september een verklaring afleggen."));
        assertEquals(of("in January", "2021-01-01", "2021-01-31"), frame("We will present it in January."));
        assertEquals(of("before May", null, "2020-04-30"), frame("We will decide before May."));
        assertEquals(of("voor de zomer", "2020-02-14", "2020-06-30"), frame("Het kabinet zal de Kamer voor de zomer informeren."));
    }

    @Test
    void membershipTakesThePeriodTheDocumentStates() {
        assertEquals(of("Tijdens het huidige lidmaatschap", "2020-01-01", "2022-12-31"),
                frame("Tijdens het huidige lidmaatschap zal het Koninkrijk ernaar streven drie landen uit te nodigen."));
        assertEquals(of("In het eerste jaar van ons hernieuwde Mensenrechtenraadlidmaatschap", "2020-01-01", "2020-12-31"),
                frame("In het eerste jaar van ons hernieuwde Mensenrechtenraadlidmaatschap zal het Koninkrijk opvolging bieden."));
        assertEquals(of("As a member", null, null), frame("As a member we will speak out.", LETTER, "No period here."));
    }

    @Test
    void aStatedYearBeatsAnEarlierPhraseWithout() {
        assertEquals(of("vanaf 2020", "2020-01-01", null),
                frame("Als inkomend lid zal het Koninkrijk vanaf 2020 de bijdrage voor meerdere jaren committeren."));
    }

    @Test
    void pastDatesAndCitedDocumentsAreNoFrame() {
        assertEquals(Optional.empty(), frame("Het Koninkrijk zal, zoals in 2018 gemeld, de resolutie steunen."));
        assertEquals(Optional.empty(), frame("Het Koninkrijk zal werken conform de Kamerbrief van 19 september 2021."));
        assertEquals(of("in 2021", "2021-01-01", "2021-12-31"),
                frame("Nederland zal, net als in 2019, in 2021 een side event organiseren."));
    }

    @Test
    void noTimeWordsNoFrame() {
        assertEquals(Optional.empty(), frame("Nederland steunt de resolutie over Syrië."));
        assertEquals(Optional.empty(), frame("We support the 2030 Agenda."));
    }
}
