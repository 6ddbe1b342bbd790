package org.hrcmonitor.index.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One exported match; its JSON form is described by {@code export-record.schema.json} next to this class.
 *
 * @param id        stable id: the document id, a section id ({@code doc~2}) or a sentence id ({@code doc~2#14},
 *                  the sentence's number in its document or section); ids derive from file content, so a changed file
 *                  gets new ids
 * @param unit      {@code document}, {@code section} or {@code sentence}
 * @param document  the id of the document the record belongs to (its own id for a document)
 * @param parent    what the record is part of: a section's document, a sentence's document or section; null for a
 *                  document
 * @param snippet   the matched passage with {@code <mark>}s (for a sentence: the whole sentence), or the start of the
 *                  text when the search has no words
 * @param text      a sentence's text; null for documents and sections
 * @param start     a sentence's offset in its document's or section's text; null otherwise
 * @param end       offset after a sentence's last character; null otherwise
 * @param cursor    the entry number of the document version the record comes from; {@code --since} a cursor returns
 *                  what entered or changed after it
 * @param ingested  when that version entered the index
 */
public record ExportRecord(String id, String unit, String document, String parent, String title, String kind,
                           String lang, LocalDate date, String symbol, List<String> countries, List<String> themes,
                           String snippet, String text, Integer start, Integer end, String path, long cursor,
                           Instant ingested) {
    public ExportRecord {
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
    }
}
