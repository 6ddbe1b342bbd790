package org.hrcmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hrcmonitor.index.IndexBusyException;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.ingest.IngestReport;
import org.hrcmonitor.index.search.InvalidQueryException;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.index.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = {
        "The quick start: ingest the bundled sample corpus into a fresh index, run a few searches on it, list the",
        "commitments with evidence of follow-up and a weekly theme report."})
public final class DemoCommand implements Callable<Integer> {
    /** Searches that show what the index does: Dutch words split over lines, phrases, inflections, symbols. */
    static final List<SearchRequest> SEARCHES = List.of(
            SearchRequest.of("Mensenrechtenraad"),
            SearchRequest.of("\"Saoedi-Arabië\""),
            SearchRequest.of("journalist").withLanguage("en").withLimit(3),
            SearchRequest.of("doodstraf OR \"death penalty\""),
            SearchRequest.of("symbol:A/HRC/RES/44/12"),
            new SearchRequest("", null, null, null, null, List.of("SA"), List.of("death-penalty"), 3, true));

    /** Then what staff do with the index: commitments with evidence of follow-up, and a few weeks of themes. */
    static final List<List<String>> FOLLOW_ONS = List.of(
            List.of("commitments", "--status", "evidence-found"),
            List.of("report", "weekly", "--from", "2021-02-08", "--to", "2021-03-07", "--top", "4"));

    @Option(names = "--corpus", paramLabel = "DIR", description = "Sample corpus (default: the corpus/ folder of HRC Monitor).")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR", description = "Demo index, emptied first (default: a folder in the temp dir).")
    Path index = Path.of(System.getProperty("java.io.tmpdir"), "hrc-demo-index");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, IndexBusyException, InvalidQueryException {
        PrintWriter out = spec.commandLine().getOut();
        Path source = corpus != null ? corpus : Path.of(System.getProperty("hrc.home", "."), "corpus");
        ThrowAwayIndex.delete(index);
        out.println("== hrc ingest " + source + " --index " + index);
        IngestReport report = IngestCommand.run(index, List.of(source), Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(60));
        IngestCommand.print(report, index, Format.text, out);
        try (IndexReading reading = IndexReading.open(index)) {
            Searcher searcher = new Searcher(reading);
            for (SearchRequest r : SEARCHES) {
                out.printf("%n== hrc search '%s'%s%s%s%s --limit %d%n", r.query(), r.lang() == null ? "" : " --lang " + r.lang(),
                        r.countries().stream().map(c -> " --country " + c).collect(Collectors.joining()),
                        r.themes().stream().map(t -> " --theme " + t).collect(Collectors.joining()),
                        r.facets() ? " --facets" : "", r.limit());
                SearchCommand.print(searcher.search(r), Format.text, out);
            }
        }
        for (List<String> command : FOLLOW_ONS) {
            out.printf("%n== hrc %s%n", String.join(" ", command));
            out.flush();
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--index", index.toString()));
            int exit = Hrc.commandLine().setOut(out).setErr(spec.commandLine().getErr()).execute(args.toArray(String[]::new));
            if (exit != 0) {
                return exit;
            }
        }
        out.printf("%nTry your own: ./hrc search 'persvrijheid' --index %s (add --format json for programs)%n", index);
        out.printf("Saved queries and feeds: ./hrc export --saved China --queries examples/queries.yaml --index %s%n", index);
        out.flush();
        return report.ok() ? 0 : Hrc.INPUT_FAILED;
    }
}
