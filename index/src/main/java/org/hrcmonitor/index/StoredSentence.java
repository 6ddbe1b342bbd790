package org.hrcmonitor.index;

import java.util.List;

/**
 * A sentence as the index keeps it with its document or section, for exports one sentence at a time.
 *
 * @param number    1-based position in its document or section
 * @param start     offset of the first character in the document's (or section's) stored text
 * @param end       offset after the last character
 * @param lang      the sentence's language (a bilingual document has both)
 * @param countries ISO codes mentioned in the sentence, in text order, without repeats
 * @param themes    theme ids the sentence was tagged with
 */
public record StoredSentence(int number, int start, int end, String lang, List<String> countries, List<String> themes) {
    public StoredSentence {
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
    }
}
