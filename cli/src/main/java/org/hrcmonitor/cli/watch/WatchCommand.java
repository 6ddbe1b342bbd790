package org.hrcmonitor.cli.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.Hrc;
import org.hrcmonitor.cli.IndexOption;
import org.hrcmonitor.cli.SavedQueryOption;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.queries.SavedQuery;
import org.hrcmonitor.index.search.InvalidQueryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "watch", description = {
        "Deliver each new match of each saved query (or only --saved NAME) once:",
        "appended as a JSON line to --out and/or POSTed as JSON to --webhook with an",
        "Idempotency-Key header. Progress per target and query is kept in <index>/watch/,",
        "so a failing or slow endpoint loses nothing and the next run resumes where this",
        "one stopped. Run it after hrc ingest or from cron, or keep it running with --every.",
        "Example: hrc watch --webhook https://tracker.example/hrc --out matches.jsonl"})
public final class WatchCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    SavedQueryOption queries;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each match here.")
    URI webhook;

    @Option(names = "--out", paramLabel = "FILE", description = "Append each match to this JSON Lines file.")
    Path out;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Run again after this pause (e.g. 15m), until stopped. Default: run once.")
    Duration every;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for the webhook to answer a delivery. Default: 10s.")
    Duration timeout = Duration.ofSeconds(10);

    @Option(names = "--retries", paramLabel = "N", description = "Retries of a failed delivery within a run. Default: ${DEFAULT-VALUE}.")
    int retries = 4;

    @Option(names = "--backoff", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wait before the first retry, doubled for each next one. Default: 1s.")
    Duration backoff = Duration.ofSeconds(1);

    @Option(names = "--from-now", description = "A query seen for the first time starts at the index's current end "
            + "instead of delivering every match there is.")
    boolean fromNow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidQueryException, InterruptedException {
        List<Target> targets = targets();
        List<SavedQuery> watched = watched();
        Retrying retrying = new Retrying(retries + 1, backoff);
        PrintWriter err = spec.commandLine().getErr();
        Path dir = index.dir().resolve("watch");
        Files.createDirectories(dir);
        try (FileChannel lockFile = FileChannel.open(dir.resolve("watch.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                err.println("hrc: another hrc watch is delivering from " + index.dir() + "; try again when it has finished");
                return Hrc.INDEX_UNAVAILABLE;
            }
            Watcher watcher = new Watcher(dir, targets, retrying, err);
            while (true) {
                Watcher.Result result;
                try (IndexReading reading = IndexReading.open(index.dir())) {
                    result = watcher.run(reading, watched, fromNow);
                }
                err.printf("watch: %d delivered%s%n", result.delivered(),
                        result.failedTargets() == 0 ? "" : ", " + result.failedTargets() + " target(s) stopped on a failure");
                err.flush();
                if (every == null) {
                    return result.failedTargets() == 0 ? 0 : Hrc.INPUT_FAILED;
                }
                Thread.sleep(every.toMillis());
            }
        }
    }

    private List<Target> targets() {
        if (webhook == null && out == null) {
            throw new ParameterException(spec.commandLine(), "say where to deliver: --webhook URL and/or --out FILE");
        }
        if (timeout.isZero() || timeout.isNegative() || backoff.isNegative() || retries < 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be positive, --backoff and --retries not negative");
        }
        List<Target> targets = new ArrayList<>();
        if (out != null) {
            targets.add(new FileTarget(out));
        }
        if (webhook != null) {
            if (!List.of("http", "https").contains(String.valueOf(webhook.getScheme()))) {
                throw new ParameterException(spec.commandLine(), "--webhook must be an http or https URL, not " + webhook);
            }
            targets.add(new WebhookTarget(webhook, timeout));
        }
        return targets;
    }

    /** Every saved query, or the one named with --saved. */
    private List<SavedQuery> watched() {
        return queries.name().isPresent() ? List.of(queries.saved().orElseThrow()) : queries.all().all();
    }
}
