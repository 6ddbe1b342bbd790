package org.hrcmonitor.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.ThrowAwayIndex;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.cli.output.Table;
import org.hrcmonitor.index.IndexBusyException;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.index.ingest.IngestReport;
import org.hrcmonitor.index.ingest.Ingester;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.Stage;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.read.Readers;
import org.hrcmonitor.pipeline.source.FileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = "Ingest PATH into throw-away indexes several times and report documents/s, "
        + "text/s and time per stage (extract, clean, annotate, tag, commitments, index; tagging's time over all other "
        + "stages), against text extraction alone (Tika/Jsoup) on the same files with the same threads, measured in the "
        + "same run.")
public final class BenchIngestCommand implements Callable<Integer> {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders, e.g. ../shared/bench-corpus.")
    List<Path> paths;

    @Option(names = "--runs", description = "Measured runs (default: ${DEFAULT-VALUE}); medians are reported.")
    int runs = 3;

    // After one warm-up run both times still fell for three or four runs (bench corpus: extraction 5.6 -> 3.6 s, full
    // ingest 9.3 -> 6.7 s), so the median mixed warm and cold runs and the ratio moved by 0.4 between invocations
    @Option(names = "--warmup", description = "Unmeasured runs first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--threads", description = "Worker threads for both measurements (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--speedup", description = "Also ingest with one thread in every run and report how much faster "
            + "--threads is (both cores busy: about 2).")
    boolean speedup;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Format format = output.among(Format.text, Format.json);
        List<Path> files = FileSource.list(paths, new ArrayList<>());
        double[] baseline = new double[runs];
        double[] ingest = new double[runs];
        double[] single = new double[runs];
        Map<Stage, double[]> stages = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            stages.put(s, new double[runs]);
        }
        IngestReport last = null;
        HeapPeak heap = new HeapPeak();
        for (int i = -warmup; i < runs; i++) {
            System.err.printf(Locale.ROOT, "%s run %d/%d%n", i < 0 ? "warm-up" : "measured", i < 0 ? i + warmup + 1 : i + 1,
                    i < 0 ? warmup : runs);
            double b = extractOnly(files);
            Pipeline pipeline = Pipeline.standard(TIMEOUT);
            long start = System.nanoTime();
            last = ingestOnce(pipeline, threads);
            double full = (System.nanoTime() - start) / 1e9;
            if (i >= 0) {
                baseline[i] = b;
                ingest[i] = full;
                single[i] = speedup ? oneThread() : 0;
                for (Stage s : Stage.values()) {
                    stages.get(s)[i] = pipeline.times().nanos(s) / 1e9;
                }
            }
        }
        heap.close();
        IngestBenchResult result = summarise(files.size(), last, baseline, ingest, single, stages, heap);
        print(result, format, spec.commandLine().getOut());
        return 0;
    }

    /** The floor: read every file's text with the same readers and threads, and nothing else. */
    private double extractOnly(List<Path> files) throws Exception {
        Readers readers = new Readers(TIMEOUT);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path f : files) {
                jobs.add(pool.submit(() -> {
                    try {
                        return readers.read(FileSource.describe(f)).text().length();
                    } catch (ReadException e) {
                        return 0; // counted as failed by the ingest measurement
                    }
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Full ingest with one thread, in seconds: the base of the speed-up. */
    private double oneThread() throws IOException, IndexBusyException {
        long start = System.nanoTime();
        ingestOnce(Pipeline.standard(TIMEOUT), 1);
        return (System.nanoTime() - start) / 1e9;
    }

    private IngestReport ingestOnce(Pipeline pipeline, int workers) throws IOException, IndexBusyException {
        Path dir = ThrowAwayIndex.create("hrc-bench-index");
        try (IndexWriting writing = IndexWriting.open(dir)) {
            return new Ingester(pipeline, workers).run(writing, paths, r -> { });
        } finally {
            ThrowAwayIndex.delete(dir);
        }
    }

    private IngestBenchResult summarise(int files, IngestReport report, double[] baseline, double[] ingest,
                                        double[] single, Map<Stage, double[]> stages, HeapPeak heap) {
        double b = Medians.of(baseline);
        double full = Medians.of(ingest);
        double mchars = report.indexedChars() / 1e6;
        int docs = report.files().size() - report.failures().size();
        Map<String, Double> perStage = new LinkedHashMap<>();
        stages.forEach((s, v) -> perStage.put(s.name().toLowerCase(Locale.ROOT), Medians.of(v)));
        double tagging = perStage.get(Stage.TAG.name().toLowerCase(Locale.ROOT));
        double rest = perStage.values().stream().mapToDouble(Double::doubleValue).sum() - tagging;
        return new IngestBenchResult(files, docs, report.failures().size(), mchars, runs, threads, b, full,
                docs / full, mchars / full, mchars / b, full / b, perStage, rest > 0 ? tagging / rest : 0,
                speedup ? Medians.of(single) / full : 0,
                heap.usedMegabytes(), heap.afterCollectionMegabytes(), Arrays.stream(baseline).boxed().toList(),
                Arrays.stream(ingest).boxed().toList());
    }

    private static void print(IngestBenchResult r, Format format, PrintWriter out) {
        if (format == Format.json) {
            out.println(Json.write(r));
        } else {
            out.printf(Locale.ROOT, "%d files, %d documents indexed, %d failed, %.1f M chars of text; %d threads, median of %d runs%n",
                    r.files(), r.documents(), r.failed(), r.megaChars(), r.threads(), r.runs());
            Table t = new Table("measure", "value");
            t.row("extraction only (baseline), s", fmt(r.baselineSeconds()));
            t.row("full ingest, s", fmt(r.ingestSeconds()));
            t.row("each run: baseline / full ingest, s", eachRun(r.baselineRuns(), r.ingestRuns()));
            t.row("ingest / baseline", fmt(r.ratio()));
            t.row("documents/s", fmt(r.documentsPerSecond()));
            t.row("M chars/s (ingest)", fmt(r.megaCharsPerSecond()));
            t.row("M chars/s (baseline)", fmt(r.baselineMegaCharsPerSecond()));
            if (r.speedup() > 0) {
                t.row("speed-up, " + r.threads() + " threads vs 1", fmt(r.speedup()));
            }
            t.row("peak heap in use, MB", fmt(r.peakHeapMegabytes()));
            t.row("peak heap after collection, MB", fmt(r.peakLiveHeapMegabytes()));
            r.stageSeconds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> t.row("stage " + e.getKey() + ", s (all threads)", fmt(e.getValue())));
            t.row("tagging / all other stages", fmt(r.taggingShare()));
            t.print(out);
        }
        out.flush();
    }

    private static String eachRun(List<Double> baseline, List<Double> ingest) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < baseline.size(); i++) {
            runs.add(String.format(Locale.ROOT, "%.2f / %.2f", baseline.get(i), ingest.get(i)));
        }
        return String.join(", ", runs);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
