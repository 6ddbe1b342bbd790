package org.hrcmonitor.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.ThrowAwayIndex;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.cli.output.Table;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.index.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = "Search latency (p50/p95/p99) and queries/s of a mixed query set (terms, "
        + "phrases, boolean, country and theme filters, facets; highlighted hits as hrc search shows them) over PATH "
        + "copied to --docs documents, after a warm-up, with each search's median and slowest time, plus the wall time "
        + "of a fresh hrc search process. Example: hrc bench search ../shared/bench-corpus")
public final class BenchSearchCommand implements Callable<Integer> {
    private static final String COLD_QUERY = "\"freedom of expression\"";

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to copy into the index "
            + "(not needed when --index already holds one).")
    List<Path> corpus = List.of();

    @Option(names = "--docs", paramLabel = "N", description = "Documents in the index built (default: ${DEFAULT-VALUE}).")
    int docs = 50_000;

    @Option(names = "--index", paramLabel = "DIR", description = "Keep the index here and reuse it when it exists "
            + "(default: a temporary index, deleted afterwards).")
    Path index;

    // 1,000 timed searches, so that p99 is the tenth slowest rather than one unlucky search
    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds of the query mix (default: ${DEFAULT-VALUE}).")
    int rounds = 50;

    // The optimising compiler is still at work after the first few hundred searches: on 50,000 documents p99 read
    // 26-31 ms after 3 rounds, 20 after 20, 12-16 after 50 to 200. Steady state is what a long-running process sees;
    // the warm-up's own latency is reported beside it, for what the first searches of a process see.
    @Option(names = "--warmup", paramLabel = "N", description = "Rounds first, until the JIT has compiled the search "
            + "code; reported apart (default: ${DEFAULT-VALUE}).")
    int warmup = 100;

    @Option(names = "--cold-runs", paramLabel = "N", description = "Fresh hrc search processes timed; the median "
            + "is reported (default: ${DEFAULT-VALUE}).")
    int coldRuns = 3;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to build the index (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Format format = output.among(Format.text, Format.json);
        if (docs < 1 || rounds < 1 || warmup < 0 || coldRuns < 1) {
            throw new ParameterException(spec.commandLine(), "--docs, --rounds and --cold-runs must be positive");
        }
        Path dir = index != null ? index : ThrowAwayIndex.create("hrc-bench-search");
        try {
            double build = 0;
            if (!exists(dir)) {
                if (corpus.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "no index in " + dir + ": give PATH to build one");
                }
                System.err.printf(Locale.ROOT, "building an index of %d documents in %s%n", docs, dir);
                long start = System.nanoTime();
                ReplicatedIndex.build(corpus, docs, dir, threads);
                build = (System.nanoTime() - start) / 1e9;
            }
            SearchBenchResult result = measure(dir, build);
            print(result, format, spec.commandLine().getOut());
            return 0;
        } finally {
            if (index == null) {
                ThrowAwayIndex.delete(dir);
            }
        }
    }

    private SearchBenchResult measure(Path dir, double build) throws Exception {
        List<SearchRequest> mix = QueryMix.requests();
        double[] millis = new double[rounds * mix.size()];
        double[][] byQuery = new double[mix.size()][rounds];
        double[] warming = new double[warmup * mix.size()];
        int documents;
        long total;
        try (IndexReading reading = IndexReading.open(dir)) {
            documents = reading.searcher().count(IndexSchema.documentsOnly());
            Searcher searcher = new Searcher(reading);
            System.err.printf(Locale.ROOT, "%d documents; %d warm-up rounds, then %d timed rounds of %d searches%n",
                    documents, warmup, rounds, mix.size());
            int w = 0;
            for (int r = 0; r < warmup; r++) {
                for (SearchRequest q : mix) {
                    long t = System.nanoTime();
                    searcher.search(q);
                    warming[w++] = (System.nanoTime() - t) / 1e6;
                }
            }
            long start = System.nanoTime();
            int i = 0;
            for (int r = 0; r < rounds; r++) {
                for (int q = 0; q < mix.size(); q++) {
                    long t = System.nanoTime();
                    searcher.search(mix.get(q));
                    millis[i++] = byQuery[q][r] = (System.nanoTime() - t) / 1e6;
                }
            }
            total = System.nanoTime() - start;
        }
        double cold = Medians.of(ColdSearch.seconds(dir, COLD_QUERY, coldRuns));
        List<SearchBenchResult.QueryTime> perQuery = new ArrayList<>();
        for (int q = 0; q < mix.size(); q++) {
            perQuery.add(new SearchBenchResult.QueryTime(QueryMix.describe(mix.get(q)), Medians.of(byQuery[q]),
                    Medians.percentile(byQuery[q], 100)));
        }
        return new SearchBenchResult(dir.toString(), documents, build, millis.length, Medians.percentile(millis, 50),
                Medians.percentile(millis, 95), Medians.percentile(millis, 99), millis.length / (total / 1e9), cold,
                warming.length, warming.length == 0 ? 0 : Medians.percentile(warming, 50),
                warming.length == 0 ? 0 : Medians.percentile(warming, 99), perQuery);
    }

    private static boolean exists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    private static void print(SearchBenchResult r, Format format, PrintWriter out) {
        if (format == Format.json) {
            out.println(Json.write(r));
        } else {
            out.printf(Locale.ROOT, "%d documents%s; %d timed searches%n", r.documents(),
                    r.buildSeconds() > 0 ? String.format(Locale.ROOT, " (index built in %.1f s)", r.buildSeconds())
                            : " (existing index)", r.searches());
            Table t = new Table("measure", "value");
            t.row("latency p50, ms", fmt(r.p50Millis()));
            t.row("latency p95, ms", fmt(r.p95Millis()));
            t.row("latency p99, ms", fmt(r.p99Millis()));
            t.row("queries/s (one thread)", fmt(r.queriesPerSecond()));
            if (r.warmupSearches() > 0) {
                t.row("warm-up p50, ms (" + r.warmupSearches() + " searches first)", fmt(r.warmupP50Millis()));
                t.row("warm-up p99, ms", fmt(r.warmupP99Millis()));
            }
            t.row("cold hrc search process, s", fmt(r.coldSeconds()));
            t.print(out);
            out.println();
            Table q = new Table("search", "median ms", "slowest ms");
            for (SearchBenchResult.QueryTime time : r.perQuery()) {
                q.row(time.search(), fmt(time.medianMillis()), fmt(time.maxMillis()));
            }
            q.print(out);
        }
        out.flush();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
