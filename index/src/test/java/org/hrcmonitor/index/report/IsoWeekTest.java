package org.hrcmonitor.index.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
    @Test
    void daysAroundNewYearBelongToTheYearOfTheirWeeksThursday() {
        assertEquals("2020-W53", IsoWeek.of(LocalDate.of(2021, 1, 3)).label());
        assertEquals("2021-W01", IsoWeek.of(LocalDate.of(2021, 1, 4)).label());
        assertEquals("2020-W01", IsoWeek.of(LocalDate.of(2019, 12, 30)).label());
        assertEquals("2026-W01", IsoWeek.of(LocalDate.of(2026, 1, 1)).label());
    }

    @Test
    void aWeekRunsFromMondayToSunday() {
        IsoWeek week = IsoWeek.of(LocalDate.of(2020, 2, 14));
        assertEquals("2020-W07", week.label());
        assertEquals(LocalDate.of(2020, 2, 10), week.monday());
        assertEquals(LocalDate.of(2020, 2, 16), week.sunday());
        assertEquals(LocalDate.of(2020, 12, 28), new IsoWeek(2020, 53).monday());
    }

    @Test
    void nextAndPreviousCrossYears() {
        assertEquals(new IsoWeek(2021, 1), new IsoWeek(2020, 53).next());
        assertEquals(new IsoWeek(2020, 53), new IsoWeek(2021, 1).previous());
        assertEquals(new IsoWeek(2019, 1), new IsoWeek(2018, 52).next());
    }
}
