package org.hrcmonitor.cli.report;

import java.nio.file.Path;
import java.util.Base64;
import org.hrcmonitor.index.report.Cell;
import org.hrcmonitor.index.report.ReportDocument;
import org.hrcmonitor.index.report.WeekRow;
import org.hrcmonitor.index.report.WeeklyReport;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The report as one self-contained HTML file: inline CSS, the chart as an embedded PNG, the weekly table, and per
 * week the documents that address the columns most, linked to their files. Nothing is fetched when it opens, so it
 * can be mailed or opened offline. Built with jsoup's DOM, which escapes every title and path.
 */
final class WeeklyHtml {
    private static final String CSS = """
            body { font-family: sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; font-size: 0.85em; }
            th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: right; white-space: nowrap; }
            th:first-child, td:first-child { text-align: left; }
            td.quiet { color: #aaa; }
            img { max-width: 100%; display: block; margin: 1em 0; }
            li span { color: #666; font-size: 0.85em; }
            """;

    private WeeklyHtml() {}

    static String of(WeeklyReport r) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.head().appendElement("meta").attr("charset", "utf-8");
        String title = "Weekly report by " + r.by() + (r.weeks().isEmpty() ? ""
                : ", " + r.weeks().get(0).week() + " to " + r.weeks().get(r.weeks().size() - 1).week());
        doc.title(title);
        doc.head().appendElement("style").appendChild(new DataNode(CSS));
        Element body = doc.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").text(CellText.legend(r));
        if (!r.columns().isEmpty()) {
            body.appendElement("img").attr("alt", "Heat map: documents per week, one row per " + r.by())
                    .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(WeeklyChart.png(r)));
        }
        table(body.appendElement("table"), r);
        body.appendElement("h2").text("Top documents per week");
        for (WeekRow w : r.weeks()) {
            if (!w.top().isEmpty()) {
                body.appendElement("h3").text(w.week() + " (" + w.from() + " to " + w.to() + ")");
                Element list = body.appendElement("ol");
                for (ReportDocument d : w.top()) {
                    Element item = list.appendElement("li");
                    item.appendElement("a").attr("href", Path.of(d.path()).toAbsolutePath().toUri().toString())
                            .text(d.title().isBlank() ? d.path() : d.title());
                    item.appendText(" ");
                    item.appendElement("span").text(d.kind() + " · " + (d.date() == null ? "undated" : d.date())
                            + (d.symbol() == null ? "" : " · " + d.symbol()) + " · " + d.weight() + " " + r.measure());
                }
            }
        }
        return doc.outerHtml() + "\n";
    }

    private static void table(Element table, WeeklyReport r) {
        Element head = table.appendElement("tr");
        head.appendElement("th").text("week");
        head.appendElement("th").text("documents");
        r.columns().forEach(c -> head.appendElement("th").text(c));
        for (WeekRow w : r.weeks()) {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(w.week());
            row.appendElement("td").text(String.valueOf(w.documents()));
            for (Cell c : w.cells()) {
                Element td = row.appendElement("td").text(CellText.of(c));
                if (c.documents() == 0) {
                    td.addClass("quiet");
                }
            }
        }
    }
}
