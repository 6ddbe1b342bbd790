package org.hrcmonitor.pipeline.tag.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the hand-written name lists next to this class: tab-separated lines, {@code #} comments, blank lines
 * ignored. A missing or malformed list is a build mistake, so it throws rather than tagging with half a gazetteer.
 */
final class NameTable {
    private NameTable() {
    }

    /** Lines of {@code code TAB language TAB name}. */
    static List<GazetteerName> coded(String resource, GazetteerName.Form form) {
        return rows(resource, 3).stream().map(r -> new GazetteerName(r[2], r[0], r[1], form)).toList();
    }

    /** Lines of {@code language TAB name}, for names that are not a country. */
    static List<GazetteerName> uncoded(String resource) {
        return rows(resource, 2).stream()
                .map(r -> new GazetteerName(r[1], "", r[0], GazetteerName.Form.NOT_A_COUNTRY)).toList();
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = NameTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns
                            + " tab-separated columns: '" + line + "'");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
