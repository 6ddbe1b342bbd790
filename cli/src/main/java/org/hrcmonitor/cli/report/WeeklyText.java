package org.hrcmonitor.cli.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.hrcmonitor.cli.output.Table;
import org.hrcmonitor.index.report.Cell;
import org.hrcmonitor.index.report.WeekRow;
import org.hrcmonitor.index.report.WeeklyReport;

/** The report as an aligned table for a terminal, and as a Markdown table for mail and notes. */
final class WeeklyText {
    private WeeklyText() {}

    static String of(WeeklyReport r) {
        List<String> header = header(r);
        Table table = new Table(header.toArray(String[]::new));
        r.weeks().forEach(w -> table.row(cells(w).toArray()));
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        table.print(out);
        out.println(CellText.legend(r));
        out.flush();
        return text.toString();
    }

    static String markdown(WeeklyReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Weekly report by ").append(r.by());
        if (!r.weeks().isEmpty()) {
            md.append(", ").append(r.weeks().get(0).week()).append(" to ").append(r.weeks().get(r.weeks().size() - 1).week());
        }
        md.append("\n\n");
        List<String> header = header(r);
        md.append(line(header));
        md.append("|---|---:").append("|---:".repeat(header.size() - 2)).append("|\n");
        r.weeks().forEach(w -> md.append(line(cells(w))));
        md.append('\n').append(CellText.legend(r)).append('\n');
        return md.toString();
    }

    private static List<String> header(WeeklyReport r) {
        List<String> header = new ArrayList<>(List.of("week", "documents"));
        header.addAll(r.columns());
        return header;
    }

    private static List<String> cells(WeekRow w) {
        List<String> cells = new ArrayList<>(List.of(w.week(), String.valueOf(w.documents())));
        for (Cell c : w.cells()) {
            cells.add(CellText.of(c));
        }
        return cells;
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
