package org.hrcmonitor.cli.watch;

import java.nio.charset.StandardCharsets;
import org.hrcmonitor.index.export.ExportRecord;
import org.hrcmonitor.pipeline.source.FileSource;

/**
 * What watch sends for one match: the saved query's name, an idempotency key and the export record. The same match
 * (query and record id) always has the same key, so a receiver that saw a key before can drop a repeat: a delivery
 * whose answer was lost (timeout, crash) is sent again with the same key.
 *
 * @param key the first 12 hex digits of the SHA-256 of the query's name, a hyphen, the record id
 */
public record Delivery(String query, String key, ExportRecord record) {
    public static Delivery of(String query, ExportRecord record) {
        return new Delivery(query, keyOf(query, record.id()), record);
    }

    public static String keyOf(String query, String recordId) {
        return shortHash(query) + "-" + recordId;
    }

    /** The first 12 hex digits of a text's SHA-256: names that are safe in headers and file names. */
    static String shortHash(String text) {
        return FileSource.hash(text.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
