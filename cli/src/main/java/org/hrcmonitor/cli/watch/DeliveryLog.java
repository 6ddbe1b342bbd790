package org.hrcmonitor.cli.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.hrcmonitor.cli.output.Json;

/**
 * {@code <index>/watch/deliveries.jsonl}: one line per delivery and per delivery given up on, for people asking
 * "did the tracker get it, and when?". The state files, not this log, decide what is sent again.
 */
final class DeliveryLog {
    record Line(Instant at, String target, String query, String key, String id, long cursor, String outcome,
                int attempts, String error) {}

    private final Path file;

    DeliveryLog(Path dir) {
        this.file = dir.resolve("deliveries.jsonl");
    }

    void add(Target target, Delivery d, Retrying.Outcome outcome) throws IOException {
        Line line = new Line(Instant.now(), target.name(), d.query(), d.key(), d.record().id(), d.record().cursor(),
                outcome.delivered() ? "delivered" : "failed", outcome.tries(),
                outcome.delivered() ? null : String.valueOf(outcome.error().getMessage()));
        Files.writeString(file, Json.line(line) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
