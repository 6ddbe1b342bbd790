package org.hrcmonitor.cli.export;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.cli.output.Marks;
import org.hrcmonitor.index.export.ExportRecord;
import org.hrcmonitor.index.export.Exporter;

/** Writes export records as they come: JSON Lines (every field) or CSV (lists space-separated, marks removed). */
final class RecordWriter {
    private static final String[] COLUMNS = {"id", "unit", "document", "parent", "title", "kind", "lang", "date", "symbol",
        "countries", "themes", "snippet", "text", "start", "end", "path", "cursor", "ingested"};

    private RecordWriter() {}

    static Exporter.Sink of(ExportFormat format, PrintWriter out) throws IOException {
        if (format == ExportFormat.jsonl) {
            return r -> out.println(Json.line(r));
        }
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
        return r -> csv.printRecord(r.id(), r.unit(), r.document(), r.parent(), r.title(), r.kind(), r.lang(), r.date(),
                r.symbol(), String.join(" ", r.countries()), String.join(" ", r.themes()), Marks.strip(r.snippet()),
                r.text(), r.start(), r.end(), r.path(), r.cursor(), r.ingested());
    }
}
