package org.hrcmonitor.index.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One ISO week of a report.
 *
 * @param week      the label, {@code 2020-W07}
 * @param from      its Monday
 * @param to        its Sunday
 * @param documents documents of the week that pass the report's filters, whether or not they address a column
 * @param cells     one per column, in the report's column order
 * @param top       the documents that address the columns most, at most a few
 */
public record WeekRow(String week, LocalDate from, LocalDate to, int documents, List<Cell> cells,
                      List<ReportDocument> top) {
    public WeekRow {
        cells = List.copyOf(cells);
        top = List.copyOf(top);
    }
}
