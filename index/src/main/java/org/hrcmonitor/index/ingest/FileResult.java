package org.hrcmonitor.index.ingest;

import java.nio.file.Path;

/**
 * The outcome for one file.
 *
 * @param reason why it failed, what it duplicates, or what to know about what was indexed (its text was cut off);
 *               null when there is nothing to say
 * @param chars  length of the indexed text (0 unless added or updated)
 */
public record FileResult(Path file, Outcome outcome, String reason, String documentId, long chars) {}
