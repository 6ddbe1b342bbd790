package org.hrcmonitor.index.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of an ingest run: every file in one bucket, the failures with their reasons, paths that did not exist.
 */
public record IngestReport(List<FileResult> files, List<String> missing, Duration elapsed) {
    public IngestReport {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
    }

    public int count(Outcome outcome) {
        return (int) files.stream().filter(f -> f.outcome() == outcome).count();
    }

    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, count(o));
        }
        return counts;
    }

    public List<FileResult> failures() {
        return files.stream().filter(f -> f.outcome() == Outcome.FAILED).toList();
    }

    /** Characters of text indexed in this run. */
    public long indexedChars() {
        return files.stream().mapToLong(FileResult::chars).sum();
    }

    /** A run succeeded when every file was handled and every given path existed. */
    public boolean ok() {
        return failures().isEmpty() && missing.isEmpty();
    }
}
