package org.hrcmonitor.cli.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hrcmonitor.index.report.Cell;
import org.hrcmonitor.index.report.WeekRow;
import org.hrcmonitor.index.report.WeeklyReport;

/**
 * The report as one CSV row per week and four numbers per column (documents, sentences or mentions, and their
 * changes), so a spreadsheet can chart any of them without reshaping.
 */
final class WeeklyCsv {
    private WeeklyCsv() {}

    static String of(WeeklyReport r) {
        List<String> header = new ArrayList<>(List.of("week", "from", "to", "documents"));
        for (String c : r.columns()) {
            header.addAll(List.of(c + " documents", c + " " + r.measure(), c + " documents change",
                    c + " " + r.measure() + " change"));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (WeekRow w : r.weeks()) {
                List<Object> row = new ArrayList<>(List.of(w.week(), w.from(), w.to(), w.documents()));
                for (Cell c : w.cells()) {
                    row.addAll(List.of(c.documents(), c.count(), c.documentsChange(), c.countChange()));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV to memory", e);
        }
        return out.toString();
    }
}
