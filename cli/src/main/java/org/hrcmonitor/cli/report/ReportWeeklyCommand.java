package org.hrcmonitor.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.IndexOption;
import org.hrcmonitor.cli.Progress;
import org.hrcmonitor.cli.SavedQueryOption;
import org.hrcmonitor.cli.SearchOptions;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.queries.SavedQuery;
import org.hrcmonitor.index.report.Dimension;
import org.hrcmonitor.index.report.ReportRequest;
import org.hrcmonitor.index.report.WeeklyReport;
import org.hrcmonitor.index.report.WeeklyReports;
import org.hrcmonitor.index.search.InvalidQueryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "weekly", description = {
        "Documents and sentences per theme (or documents and mentions per country) for every ISO week, with the",
        "change against the week before. A cell counts the documents that `hrc search` finds for that theme and week.",
        "Query words, filters and --saved as in search; --from/--to are widened to whole weeks (Monday to Sunday).",
        "Example: hrc report weekly --from 2020-01-01 --to 2020-12-31 --format html --out week.html"})
public final class ReportWeeklyCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    SearchOptions search;

    @Mixin
    SavedQueryOption saved;

    @Option(names = "--by", paramLabel = "WHAT", description = "Columns per theme, country or query (every saved query of "
            + "--queries; its second figure is matches, documents and sections, as search counts them). Default: ${DEFAULT-VALUE}.")
    Dimension by = Dimension.theme;

    @Option(names = "--by-ingest-date", description = "Count each document in the week it entered the index, not the week of its date.")
    boolean byIngestDate;

    @Option(names = "--top", paramLabel = "N",
            description = "Without --theme (--country), show the N most frequent (default: ${DEFAULT-VALUE}; 0: all).")
    int top = 10;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of stdout.")
    Path out;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidQueryException {
        Format format = output.among(Format.text, Format.csv, Format.json, Format.md, Format.html);
        if (by == Dimension.query && saved.name().isPresent()) {
            throw new ParameterException(spec.commandLine(),
                    "--by query makes a column of every saved query; --saved would narrow them all to one");
        }
        List<SavedQuery> queries = by == Dimension.query ? saved.all().all() : List.of();
        ReportRequest request;
        try {
            request = new ReportRequest(saved.apply(search.request(1, false)), by, queries, byIngestDate, top,
                    ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (Progress.onTerminal()) {
            err.println("report: counting documents in " + index.dir() + " …");
            err.flush();
        }
        WeeklyReport report;
        try (IndexReading reading = IndexReading.open(index.dir())) {
            report = WeeklyReports.compute(reading, request);
        }
        String text = switch (format) {
            case csv -> WeeklyCsv.of(report);
            case json -> Json.write(report) + System.lineSeparator();
            case md -> WeeklyText.markdown(report);
            case html -> WeeklyHtml.of(report);
            case text -> WeeklyText.of(report);
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        err.println(summary(report));
        err.flush();
        return 0;
    }

    /** Weeks, documents, what was left out, and the columns' totals, most first. */
    static String summary(WeeklyReport r) {
        String dated = r.dateBasis().equals("date") ? "undated" : "without an ingest time";
        if (r.weeks().isEmpty()) {
            return String.format("report: no documents in any week; %s, left out: %d", dated, r.undated());
        }
        String columns = IntStream.range(0, r.columns().size())
                .mapToObj(i -> r.columns().get(i) + " " + r.weeks().stream().mapToInt(w -> w.cells().get(i).documents()).sum())
                .collect(Collectors.joining(", "));
        return String.format("report: weeks %s to %s (%d); documents counted by %s: %d; %s, left out: %d%n"
                        + "report: documents per %s: %s%s", r.weeks().get(0).week(), r.weeks().get(r.weeks().size() - 1).week(),
                r.weeks().size(), r.dateBasis(), r.documents(), dated, r.undated(),
                r.by(), columns.isEmpty() ? "none" : columns,
                r.others() == 0 ? "" : String.format(" (%d more: --top 0 shows all)", r.others()));
    }
}
