package org.hrcmonitor.index.followup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a commitment and its evidence can share, with the words that express it in each language: the author
 * ("Netherlands", "Nederland"), a partner, a country, a theme (all its terms), or a key term of the sentence with its
 * translations.
 *
 * @param kind    what is shared
 * @param value   what to call it in reasons: a country code, a theme id, the key term as the commitment writes it
 * @param phrases words or phrases per language ({@code nl}, {@code en}), matched as the index analyses that language
 */
record Cue(Kind kind, String value, Map<String, List<String>> phrases) {
    enum Kind {
        AUTHOR, PARTNER, COUNTRY, THEME, TERM;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Cue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        phrases = Map.copyOf(phrases);
    }
}
