package org.hrcmonitor.index.followup;

import java.util.List;
import java.util.Objects;

/**
 * Why a passage was taken as evidence: one thing it shares with the commitment, and the passage's own words that
 * show it.
 *
 * @param kind  {@code author}, {@code partner}, {@code country}, {@code theme} or {@code terms}
 * @param value the country code or theme id; for terms, the commitment's key terms that the passage has
 * @param words how the passage says it ("Canada", "freedom of opinion", "draft resolution")
 */
public record Reason(String kind, String value, List<String> words) {
    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        words = List.copyOf(words);
    }

    @Override
    public String toString() {
        return kind + " " + value + (words.isEmpty() ? "" : " (" + String.join(", ", words) + ")");
    }
}
