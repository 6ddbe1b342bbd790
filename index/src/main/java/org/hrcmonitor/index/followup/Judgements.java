package org.hrcmonitor.index.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff judgements on evidence, kept in {@code followup/judgements.jsonl} inside the index folder: one JSON object a
 * line, appended, the last line about a commitment and a piece of evidence winning.
 *
 * <p>A file of its own rather than Lucene documents, so that re-ingesting (which replaces a document's whole block)
 * never touches a judgement; Lucene ignores subfolders of its directory. Append-only keeps the history, and a
 * line cut short by a crash spoils only itself: unreadable lines are counted and skipped, never fatal.
 */
public final class Judgements {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;
    /** Commitment id → evidence id → the latest judgement. */
    private final Map<String, Map<String, Judgement>> latest = new LinkedHashMap<>();
    private final List<String> unreadable = new ArrayList<>();

    private Judgements(Path file) {
        this.file = file;
    }

    /** The judgements kept in an index folder (none yet if the file does not exist). */
    public static Judgements in(Path indexDir) throws IOException {
        Judgements j = new Judgements(indexDir.resolve("followup").resolve("judgements.jsonl"));
        if (Files.exists(j.file)) {
            int number = 0;
            for (String line : Files.readAllLines(j.file, StandardCharsets.UTF_8)) {
                number++;
                if (!line.isBlank()) {
                    j.read(line, number);
                }
            }
        }
        return j;
    }

    private void read(String line, int number) {
        try {
            remember(JSON.readValue(line, Judgement.class));
        } catch (JsonProcessingException e) {
            unreadable.add(file + ":" + number + ": " + e.getOriginalMessage());
        }
    }

    private void remember(Judgement j) {
        latest.computeIfAbsent(j.commitment(), c -> new LinkedHashMap<>()).put(j.evidence(), j);
    }

    /** Appends a judgement; it overrides any earlier one on the same commitment and evidence. */
    public void record(Judgement j) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(j) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        remember(j);
    }

    /** The latest judgement per evidence id for one commitment, in the order first judged. */
    public Map<String, Judgement> of(String commitmentId) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(latest.getOrDefault(commitmentId, Map.of())));
    }

    /** Lines that could not be read, each with the file, line number and reason. */
    public List<String> unreadable() {
        return List.copyOf(unreadable);
    }
}
