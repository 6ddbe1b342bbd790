package org.hrcmonitor.index.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * An ISO-8601 week: Monday to Sunday, numbered within its week-based year, so the days around 1 January belong to the
 * year that has that week's Thursday (2021-01-03 is in 2020-W53).
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        // the 4th of January is always in week 1 of its year
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    public IsoWeek previous() {
        return of(monday().minusWeeks(1));
    }

    /** {@code 2020-W07}. */
    public String label() {
        return String.format(Locale.ROOT, "%04d-W%02d", year, week);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return monday().compareTo(other.monday());
    }

    @Override
    public String toString() {
        return label();
    }
}
