package org.hrcmonitor.cli.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.cli.output.Json;

/**
 * How far one target got, per saved query: a file {@code <index>/watch/<target hash>.json}, rewritten atomically
 * after every delivery, so the state on disk never claims a delivery that did not succeed.
 */
final class WatchState {
    /**
     * One query's progress.
     *
     * @param cursor    every match with an entry number up to this was delivered
     * @param entry     the entry number being delivered (a document and its sections share one), or 0
     * @param delivered keys of that entry's matches already delivered
     */
    record Progress(long cursor, long entry, List<String> delivered) {
        Progress {
            delivered = List.copyOf(delivered);
        }

        static final Progress START = new Progress(0, 0, List.of());

        /** Moves on to entry {@code next}: the entry in progress, if any, is complete. */
        Progress startEntry(long next) {
            return new Progress(entry > cursor ? entry : cursor, next, List.of());
        }

        Progress with(String key) {
            List<String> keys = new ArrayList<>(delivered);
            keys.add(key);
            return new Progress(cursor, entry, keys);
        }

        Progress doneUpTo(long last) {
            return new Progress(Math.max(cursor, last), 0, List.of());
        }
    }

    /** The file's content. */
    record Stored(String target, Map<String, Progress> queries) {}

    private static final ObjectMapper MAPPER = Json.mapper();
    private final Path file;
    private final String target;
    private final Map<String, Progress> queries;

    private WatchState(Path file, String target, Map<String, Progress> queries) {
        this.file = file;
        this.target = target;
        this.queries = queries;
    }

    static WatchState load(Path dir, Target target) throws IOException {
        Path file = dir.resolve(Delivery.shortHash(target.name()) + ".json");
        if (!Files.exists(file)) {
            return new WatchState(file, target.name(), new LinkedHashMap<>());
        }
        Stored stored = MAPPER.readValue(file.toFile(), Stored.class);
        return new WatchState(file, target.name(), new LinkedHashMap<>(stored.queries()));
    }

    boolean knows(String query) {
        return queries.containsKey(query);
    }

    Progress of(String query) {
        return queries.getOrDefault(query, Progress.START);
    }

    void save(String query, Progress progress) throws IOException {
        queries.put(query, progress);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] json = Json.write(new Stored(target, queries)).getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(json));
            out.force(false);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
