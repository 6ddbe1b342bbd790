package org.hrcmonitor.index.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A weekly report: every ISO week from the week of {@code from} to the week of {@code to}, empty weeks included.
 *
 * @param by        what the columns are: {@code theme}, {@code country} or (saved) {@code query}
 * @param measure   what a cell's second figure counts: {@code sentences}, {@code mentions} or {@code matches}
 * @param dateBasis {@code date} (the document's own date) or {@code ingested} (when it entered the index)
 * @param from      Monday of the first week; null when nothing matched
 * @param to        Sunday of the last week; null when nothing matched
 * @param columns   theme ids, country codes or saved-query names: the ones asked for, else the most frequent
 * @param others    columns that were found but not shown (beyond {@code --top})
 * @param documents documents counted in the weeks of the report
 * @param undated   documents that pass the filters but have no date (or no ingest time) and so are in no week
 */
public record WeeklyReport(Dimension by, String measure, String dateBasis, LocalDate from, LocalDate to,
                           List<String> columns, int others, int documents, int undated, List<WeekRow> weeks) {
    public WeeklyReport {
        columns = List.copyOf(columns);
        weeks = List.copyOf(weeks);
    }
}
