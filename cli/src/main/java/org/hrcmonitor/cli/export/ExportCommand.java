package org.hrcmonitor.cli.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.SearchOptions;
import org.hrcmonitor.cli.IndexOption;
import org.hrcmonitor.cli.SavedQueryOption;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.export.ExportSummary;
import org.hrcmonitor.index.export.ExportUnit;
import org.hrcmonitor.index.export.Exporter;
import org.hrcmonitor.index.search.InvalidQueryException;
import org.hrcmonitor.index.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Write every match of a search (query and filters as in search) for other",
        "trackers, in the order documents entered the index: one record per document or",
        "section, or per sentence. Each record carries a cursor; stderr ends with the",
        "last one, and --since that cursor later returns exactly what entered or changed.",
        "Example: hrc export --saved \"Press freedom\" --since 120 > new.jsonl"})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    SearchOptions search;

    @Mixin
    SavedQueryOption saved;

    @Option(names = "--since", paramLabel = "CURSOR",
            description = "Only what entered or changed after this cursor (from an earlier export). Default: everything.")
    long since;

    @Option(names = "--unit", paramLabel = "UNIT",
            description = "document (documents and sections, as search hits) or sentence (each sentence that holds a "
                    + "match and meets the country and theme filters itself). Default: document.")
    String unit = "document";

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl or csv. Default: ${DEFAULT-VALUE}.")
    ExportFormat format = ExportFormat.jsonl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidQueryException {
        if (since < 0) {
            throw new ParameterException(spec.commandLine(), "--since must be a cursor from an earlier export (0 or more)");
        }
        ExportUnit exportUnit = switch (unit) {
            case "document" -> ExportUnit.DOCUMENT;
            case "sentence" -> ExportUnit.SENTENCE;
            default -> throw new ParameterException(spec.commandLine(), "--unit is document or sentence, not '" + unit + "'");
        };
        SearchRequest request = saved.apply(search.request(1, false));
        PrintWriter out = spec.commandLine().getOut();
        ExportSummary summary;
        try (IndexReading reading = IndexReading.open(index.dir())) {
            if (since > reading.lastEntry()) {
                // a rebuilt index numbers from 1 again: exporting nothing would silently lose what it holds
                throw new ParameterException(spec.commandLine(), "--since " + since + " is beyond the last entry of "
                        + index.dir() + " (" + reading.lastEntry() + "): the cursor is from another or a rebuilt index; "
                        + "export from --since 0 (ids are stable, so what was received before can be recognised)");
            }
            summary = new Exporter(reading).export(request, since, exportUnit, RecordWriter.of(format, out));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("exported %d record%s from %d match%s after cursor %d; next: --since %d%n", summary.records(),
                summary.records() == 1 ? "" : "s", summary.matches(), summary.matches() == 1 ? "" : "es", since,
                summary.cursor());
        if (summary.withoutSentences() > 0) {
            err.printf("hrc: %d match%s indexed before sentences were stored: not exported per sentence "
                    + "(ingest again into a fresh index)%n", summary.withoutSentences(),
                    summary.withoutSentences() == 1 ? "" : "es");
        }
        err.flush();
        return summary.withoutSentences() > 0 ? 1 : 0;
    }
}
