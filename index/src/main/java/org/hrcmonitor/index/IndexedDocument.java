package org.hrcmonitor.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A document or section as the index holds it: what {@code show}, search hits and exports read back.
 *
 * @param id        the document id, or for a section the document id plus {@code ~} and the section's number
 * @param parent    for a section, the id of the document it belongs to; null for a document
 * @param start     for a section, its offset in the parent's text; 0 for a document
 * @param text      the full text (document or section); null in a {@link IndexReading#listing listing}
 * @param countries country codes mentioned, with how often, most mentioned first
 * @param themes    theme ids, with how many sentences address them, most first
 * @param seq       the entry number the writer gave the document when it was last added or changed (0 if unknown)
 * @param ingested  when it was last added or changed, or null for an index written before this was recorded
 */
public record IndexedDocument(String id, String parent, String path, String hash, String mediaType, String title,
                              String kind, String lang, LocalDate date, String symbol, int start, String text,
                              Map<String, Integer> countries, Map<String, Integer> themes, long seq,
                              Instant ingested) {

    /** Section ids are the parent id, a tilde and a number, so they sort after their document and stay typeable. */
    public static String sectionId(String parentId, int number) {
        return String.format(Locale.ROOT, "%s~%d", parentId, number);
    }
}
