package org.hrcmonitor.index.queries;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.tag.country.Gazetteer;
import org.hrcmonitor.pipeline.tag.country.GazetteerName;
import org.hrcmonitor.pipeline.tag.theme.Taxonomy;
import org.hrcmonitor.pipeline.tag.theme.Theme;

/**
 * Checks each value of a saved query against what the index can filter on (theme ids of the taxonomy, country codes
 * of the gazetteer, kinds, languages, ISO dates), so a typo fails when the file is read, not as a silent empty feed.
 */
final class SavedQueryCheck {
    private static final List<String> LANGUAGES = List.of("nl", "en", "other");

    private final Path file;

    /** Loaded on first use and kept: building the gazetteer takes a moment, and watch reads the file on every run. */
    private static final class Known {
        static final Set<String> THEMES = Taxonomy.standard().themes().stream().map(Theme::id).collect(Collectors.toSet());
        static final Set<String> COUNTRIES = Gazetteer.standard().names().stream().map(GazetteerName::code)
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
    }

    SavedQueryCheck(Path file) {
        this.file = file;
    }

    Fields start(int line) {
        return new Fields(line);
    }

    /** The values of one query as they are read, each checked on arrival. */
    final class Fields {
        private final int line;
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<String, String> scalars = new HashMap<>();
        private final Map<String, LocalDate> dates = new HashMap<>();
        private List<String> countries = List.of();
        private List<String> themes = List.of();

        private Fields(int line) {
            this.line = line;
        }

        void scalar(String key, int at, String value) throws SavedQueryException {
            once(key, at);
            switch (key) {
                case "kind" -> kind(at, value);
                case "lang" -> {
                    if (value != null && !LANGUAGES.contains(value)) {
                        throw SavedQueryException.of(file, at, "unknown lang '" + value + "' (expected nl, en or other)");
                    }
                }
                case "from", "to" -> dates.put(key, date(key, at, value));
                default -> { }
            }
            scalars.put(key, value);
        }

        void list(String key, int at, List<SavedQueryParser.Value> values) throws SavedQueryException {
            once(key, at);
            List<String> checked = new ArrayList<>();
            for (SavedQueryParser.Value v : values) {
                checked.add(key.equals("themes") ? theme(v) : country(v));
            }
            if (key.equals("themes")) {
                themes = checked;
            } else {
                countries = checked;
            }
        }

        SavedQuery build(String origin) throws SavedQueryException {
            String name = scalars.get("name");
            if (name == null || name.isBlank()) {
                throw SavedQueryException.of(file, line, "a query without a 'name'");
            }
            LocalDate from = dates.get("from");
            LocalDate to = dates.get("to");
            if (from != null && to != null && from.isAfter(to)) {
                throw SavedQueryException.of(file, seen.get("to"), "'to' " + to + " is before 'from' " + from);
            }
            return new SavedQuery(name.strip(), scalars.get("query"), scalars.get("kind"), scalars.get("lang"), from, to,
                    countries, themes, origin);
        }

        private void once(String key, int at) throws SavedQueryException {
            Integer earlier = seen.putIfAbsent(key, at);
            if (earlier != null) {
                throw SavedQueryException.of(file, at, "'" + key + "' given twice in one query (also at line " + earlier + ")");
            }
        }
    }

    private void kind(int at, String value) throws SavedQueryException {
        if (value == null) {
            return;
        }
        try {
            Kind.fromId(value);
        } catch (IllegalArgumentException e) {
            throw SavedQueryException.of(file, at, e.getMessage());
        }
    }

    private LocalDate date(String key, int at, String value) throws SavedQueryException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw SavedQueryException.of(file, at, "'" + key + "' is not a date: '" + value + "' (expected YYYY-MM-DD)");
        }
    }

    private String theme(SavedQueryParser.Value v) throws SavedQueryException {
        if (v.text() == null || !Known.THEMES.contains(v.text())) {
            throw SavedQueryException.of(file, v.line(), "unknown theme id '" + v.text()
                    + "' (ids are listed in themes.yaml, e.g. freedom-of-expression, accountability)");
        }
        return v.text();
    }

    private String country(SavedQueryParser.Value v) throws SavedQueryException {
        String code = v.text() == null ? "" : v.text().toUpperCase(Locale.ROOT);
        if (!Known.COUNTRIES.contains(code)) {
            throw SavedQueryException.of(file, v.line(), "unknown country code '" + v.text()
                    + "' (ISO 3166-1 alpha-2, e.g. YE, CN)");
        }
        return code;
    }
}
