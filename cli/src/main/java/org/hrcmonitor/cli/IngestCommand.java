package org.hrcmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.cli.output.Table;
import org.hrcmonitor.index.IndexBusyException;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.index.ingest.FileResult;
import org.hrcmonitor.index.ingest.IngestReport;
import org.hrcmonitor.index.ingest.Ingester;
import org.hrcmonitor.index.ingest.Outcome;
import org.hrcmonitor.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = {
        "Read files and folders (recursively) into the index: PDF, DOCX, DOC, ODT, RTF, HTML, XML, Markdown, text.",
        "Unchanged files are skipped, changed files replace their old version. Exit status 1 if any file failed."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel workers (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up on a file after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 120;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, IndexBusyException {
        Format format = output.among(Format.text, Format.json);
        IngestReport report = run(index.dir(), paths, threads, Duration.ofSeconds(timeoutSeconds));
        print(report, index.dir(), format, spec.commandLine().getOut());
        return report.ok() ? 0 : 1;
    }

    /** Ingests into the index, committing what was done even when the run is interrupted (Ctrl-C). */
    static IngestReport run(Path indexDir, List<Path> paths, int threads, Duration timeout)
            throws IOException, IndexBusyException {
        Pipeline pipeline = Pipeline.standard(timeout);
        try (IndexWriting writing = IndexWriting.open(indexDir); Progress progress = new Progress("ingest")) {
            Thread onInterrupt = new Thread(() -> commitQuietly(writing));
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                return new Ingester(pipeline, threads).run(writing, paths, progress);
            } finally {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            }
        }
    }

    private static void commitQuietly(IndexWriting writing) {
        try {
            writing.commit();
        } catch (IOException | RuntimeException e) {
            // the JVM is going down; the last commit stands and the next run redoes the rest
        }
    }

    static void print(IngestReport report, Path indexDir, Format format, PrintWriter out) {
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("index", indexDir.toAbsolutePath().toString());
            json.put("seconds", report.elapsed().toMillis() / 1000.0);
            report.counts().forEach((o, n) -> json.put(o.label(), n));
            json.put("failures", report.failures().stream()
                    .map(f -> Map.of("path", f.file().toString(), "reason", f.reason())).toList());
            json.put("notes", report.files().stream().filter(f -> f.outcome() != Outcome.FAILED && f.reason() != null)
                    .map(f -> Map.of("path", f.file().toString(), "outcome", f.outcome().label(), "reason", f.reason()))
                    .toList());
            json.put("missing", report.missing());
            out.println(Json.write(json));
            out.flush();
            return;
        }
        out.printf("Ingested %d files in %.1f s into %s%n", report.files().size(),
                report.elapsed().toMillis() / 1000.0, indexDir);
        Table table = new Table("outcome", "files");
        report.counts().forEach((o, n) -> table.row(o.label(), n));
        table.print(out);
        for (FileResult f : report.failures()) {
            out.println("failed: " + f.file() + ": " + f.reason());
        }
        for (FileResult f : report.files()) {
            if (f.outcome() != Outcome.FAILED && f.reason() != null) {
                out.println(f.outcome().label() + ": " + f.file() + ": " + f.reason());
            }
        }
        for (String m : report.missing()) {
            out.println("not found: " + m);
        }
        out.flush();
    }
}
