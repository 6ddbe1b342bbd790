package org.hrcmonitor.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hrcmonitor.pipeline.document.TimeFrame;

/**
 * A commitment as the index holds it: enough to list, filter and follow it up without reading its document again.
 *
 * @param id           the commitment's stable id
 * @param documentId   the document it was found in
 * @param documentDate that document's date (evidence must come later), or null when undated
 * @param lang         the language of its sentence
 * @param start        the sentence's start offset in the document's text
 * @param end          the sentence's end offset
 * @param sentence     the sentence, white space collapsed
 * @param timeframe    when it is due, or null when the sentence does not say
 */
public record IndexedCommitment(String id, String documentId, LocalDate documentDate, String lang, int start, int end,
                                String sentence, String actor, String action, List<String> partners,
                                TimeFrame timeframe, List<String> quantities, List<String> countries,
                                List<String> themes) {
    public IndexedCommitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        partners = List.copyOf(partners);
        quantities = List.copyOf(quantities);
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
    }
}
