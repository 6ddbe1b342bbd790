package org.hrcmonitor.index.followup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Dutch and English words of Council work that mean the same ({@code glossary.tsv}): a Dutch letter promises a
 * "resolutie" about a "mandaatverlenging", the English session record reports a "draft resolution" renewing a
 * "mandate". Country names and theme terms have their own bilingual lists; this one holds the rest.
 */
final class Glossary {
    /** One concept: its Dutch and its English forms. */
    record Entry(List<String> nl, List<String> en) {
        List<String> in(String language) {
            return "nl".equals(language) ? nl : en;
        }
    }

    private static final List<Entry> STANDARD = read("glossary.tsv");

    private Glossary() {}

    static List<Entry> entries() {
        return STANDARD;
    }

    /**
     * A word's forms in both languages when the glossary has it ({@code EU} gives "Europese Unie" and "European
     * Union"), else the word itself in its language.
     */
    static Map<String, List<String>> translations(String language, String word) {
        List<String> terms = Analysis.terms(language, word);
        for (Entry e : STANDARD) {
            for (String form : e.in(language)) {
                if (Analysis.terms(language, form).equals(terms)) {
                    return Map.of("nl", e.nl(), "en", e.en());
                }
            }
        }
        return Map.of(language, List.of(word));
    }

    private static List<Entry> read(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException(resource + ": expected 'Dutch<TAB>English' in: " + line);
                }
                entries.add(new Entry(forms(columns[0]), forms(columns[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }

    private static List<String> forms(String column) {
        return Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
