package org.hrcmonitor.cli.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.export.ExportRecord;
import org.hrcmonitor.index.export.ExportSummary;
import org.hrcmonitor.index.export.ExportUnit;
import org.hrcmonitor.index.export.Exporter;
import org.hrcmonitor.index.queries.SavedQuery;
import org.hrcmonitor.index.search.InvalidQueryException;

/**
 * One watch run: for every target and saved query, exports what entered the index after the query's cursor and
 * delivers it in entry order. Progress is saved after each delivery; the first delivery a target keeps refusing
 * stops that target for this run, and the next run starts with it, so nothing is skipped.
 */
final class Watcher {
    /** What a run did: deliveries made, and targets that stopped on a delivery they refused. */
    record Result(int delivered, int failedTargets) {}

    private final Path dir;
    private final List<Target> targets;
    private final Retrying retrying;
    private final PrintWriter err;
    private final DeliveryLog log;

    Watcher(Path dir, List<Target> targets, Retrying retrying, PrintWriter err) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.targets = List.copyOf(targets);
        this.retrying = retrying;
        this.err = err;
        this.log = new DeliveryLog(dir);
    }

    /** {@code fromNow}: a query seen for the first time starts at the index's current end, delivering nothing old. */
    Result run(IndexReading index, List<SavedQuery> queries, boolean fromNow)
            throws IOException, InvalidQueryException, InterruptedException {
        int delivered = 0;
        int failed = 0;
        Exporter exporter = new Exporter(index);
        for (Target target : targets) {
            WatchState state = WatchState.load(dir, target);
            boolean stopped = false;
            for (SavedQuery query : queries) {
                if (fromNow && !state.knows(query.name())) {
                    state.save(query.name(), WatchState.Progress.START.doneUpTo(index.lastEntry()));
                    continue;
                }
                int before = delivered;
                WatchState.Progress progress = state.of(query.name());
                List<ExportRecord> records = new ArrayList<>();
                ExportSummary found = exporter.export(query.request(1, false), progress.cursor(), ExportUnit.DOCUMENT,
                        records::add);
                for (ExportRecord r : records) {
                    if (r.cursor() != progress.entry()) {
                        progress = progress.startEntry(r.cursor());
                    }
                    Delivery d = Delivery.of(query.name(), r);
                    if (progress.delivered().contains(d.key())) {
                        continue; // delivered by a run that stopped within this entry
                    }
                    Retrying.Outcome outcome = retrying.deliver(target, d, Json.line(d));
                    log.add(target, d, outcome);
                    if (!outcome.delivered()) {
                        err.printf("hrc: %s: gave up on %s (%s) after %d tries: %s; the next run starts there%n",
                                target.name(), d.key(), query.name(), outcome.tries(), outcome.error().getMessage());
                        stopped = true;
                        break;
                    }
                    progress = progress.with(d.key());
                    state.save(query.name(), progress);
                    delivered++;
                }
                if (stopped) {
                    failed++;
                    break;
                }
                state.save(query.name(), progress.doneUpTo(found.cursor()));
                err.printf("%s → %s: %d new, delivered%n", query.name(), target.name(), delivered - before);
            }
        }
        err.flush();
        return new Result(delivered, failed);
    }
}
