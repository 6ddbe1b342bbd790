package org.hrcmonitor.index.queries;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a saved-queries file token by token, because only the streaming parser knows the line of each value: every
 * error names the file, the line and the offending key or value.
 */
final class SavedQueryParser {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Set<String> KEYS = Set.of("name", "query", "kind", "lang", "from", "to", "countries", "themes");

    private final Path file;
    private final JsonParser parser;
    private final SavedQueryCheck check;

    private SavedQueryParser(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
        this.check = new SavedQueryCheck(file);
    }

    static List<SavedQuery> parse(Path file, Reader in) throws IOException, SavedQueryException {
        try (JsonParser parser = YAML.createParser(in)) {
            return new SavedQueryParser(file, parser).queries();
        } catch (JsonProcessingException e) {
            throw SavedQueryException.of(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage());
        }
    }

    private List<SavedQuery> queries() throws IOException, SavedQueryException {
        if (parser.nextToken() == null) {
            return List.of(); // an empty file saves no queries
        }
        expect(JsonToken.START_OBJECT, "a mapping with the key 'queries'");
        List<SavedQuery> queries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            if (!parser.currentName().equals("queries")) {
                throw error("unknown key '" + parser.currentName() + "' (expected 'queries')");
            }
            parser.nextToken();
            expect(JsonToken.START_ARRAY, "a list of queries under 'queries'");
            List<Integer> lines = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = lineNow();
                SavedQuery q = query(line);
                for (int i = 0; i < queries.size(); i++) {
                    if (SavedQueries.sameName(queries.get(i).name(), q.name())) {
                        throw SavedQueryException.of(file, line, "the name '" + q.name()
                                + "' is used twice (first at line " + lines.get(i) + ")");
                    }
                }
                queries.add(q);
                lines.add(line);
            }
        }
        return queries;
    }

    private SavedQuery query(int start) throws IOException, SavedQueryException {
        expect(JsonToken.START_OBJECT, "a query: a mapping with at least 'name'");
        SavedQueryCheck.Fields fields = check.start(start);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = lineNow();
            if (!KEYS.contains(key)) {
                throw error("unknown key '" + key + "' (keys: name, query, kind, lang, from, to, countries, themes)");
            }
            parser.nextToken();
            if (key.equals("countries") || key.equals("themes")) {
                fields.list(key, line, strings(key));
            } else {
                fields.scalar(key, line, scalar(key));
            }
        }
        return fields.build(file + ":" + start);
    }

    private String scalar(String key) throws IOException, SavedQueryException {
        if (!parser.currentToken().isScalarValue()) {
            throw error("'" + key + "' takes one value");
        }
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    /** A list, or a single value standing for a list of one ({@code themes: torture}). */
    private List<Value> strings(String key) throws IOException, SavedQueryException {
        List<Value> values = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            String one = scalar(key);
            if (one != null) {
                values.add(new Value(one, lineNow()));
            }
            return values;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(new Value(scalar(key), lineNow()));
        }
        return values;
    }

    /** A list item with its own line, so a bad theme in a block list is pointed at exactly. */
    record Value(String text, int line) {}

    private void expect(JsonToken token, String what) throws SavedQueryException {
        if (parser.currentToken() != token) {
            throw error("expected " + what);
        }
    }

    private SavedQueryException error(String reason) {
        return SavedQueryException.of(file, lineNow(), reason);
    }

    private int lineNow() {
        return parser.currentTokenLocation().getLineNr();
    }
}
