package org.hrcmonitor.pipeline.document;

import java.util.List;
import java.util.Objects;

/**
 * A sentence in which the document's author (a government) commits to an action or position.
 *
 * @param id         stable across re-ingests of the same text, so staff judgements on follow-up evidence stay attached
 * @param sentence   the sentence's span in the document's text
 * @param actor      who commits, as written ("het Koninkrijk", "the Government", "we")
 * @param action     the action in a short normalised form ("resolutie mandaatverlenging VN-expert ... trekken")
 * @param partners   states or groups acting with the author, as ISO codes or names ("CA", "core group")
 * @param timeframe  when it is to happen, or null when the sentence does not say
 * @param quantities amounts promised ("twee conferenties", "at least three countries")
 * @param countries  ISO codes of the countries the sentence mentions
 * @param themes     theme ids the sentence addresses
 */
public record Commitment(String id, Span sentence, String actor, String action, List<String> partners,
                         TimeFrame timeframe, List<String> quantities, List<String> countries, List<String> themes) {
    public Commitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        partners = List.copyOf(partners);
        quantities = List.copyOf(quantities);
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
    }
}
