package org.hrcmonitor.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.document.ThemeTag;

/**
 * Counts a part's country mentions and theme sentences, and writes the counts as a stored string
 * ({@code CN=3;SA=1}) so hits and {@code show} can list them without a second lookup.
 */
final class Tags {
    private Tags() {}

    static Map<String, Integer> countries(Document doc, Span part) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CountryMention m : doc.countries()) {
            if (within(m.span(), part)) {
                counts.merge(m.code(), 1, Integer::sum);
            }
        }
        return mostFirst(counts);
    }

    /** Sentences per theme: a theme addressed in ten sentences weighs more than one mentioned once. */
    static Map<String, Integer> themes(Document doc, Span part) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ThemeTag t : doc.themes()) {
            if (within(t.sentence(), part)) {
                counts.merge(t.theme(), 1, Integer::sum);
            }
        }
        return mostFirst(counts);
    }

    private static boolean within(Span s, Span part) {
        return s.start() >= part.start() && s.end() <= part.end();
    }

    private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    static String format(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static Map<String, Integer> parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String pair : stored.split(";")) {
            int eq = pair.lastIndexOf('=');
            counts.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
        }
        return Collections.unmodifiableMap(counts);
    }
}
