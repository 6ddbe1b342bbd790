package org.hrcmonitor.index.queries;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The saved queries of one file, in file order. The file is YAML that people edit:
 *
 * <pre>
 * queries:
 *   - name: Yemen accountability
 *     query: onderzoek OR investigation     # optional, Lucene syntax as in hrc search
 *     countries: [YE]                       # ISO codes; any of them
 *     themes: [accountability]              # theme ids of themes.yaml; any of them
 *     kind: resolution                      # letter, resolution, session-record or other
 *     lang: en                              # nl, en or other
 *     from: 2020-01-01                      # document dates, inclusive
 *     to: 2022-12-31
 * </pre>
 *
 * Every mistake (unknown key, theme or country, bad date, duplicate name) is reported with the file and line.
 */
public final class SavedQueries {
    private final Path file;
    private final List<SavedQuery> queries;

    SavedQueries(Path file, List<SavedQuery> queries) {
        this.file = file;
        this.queries = List.copyOf(queries);
    }

    /** Reads and checks a saved-queries file; a missing or unreadable file is reported like a bad one. */
    public static SavedQueries read(Path file) throws SavedQueryException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SavedQueries(file, SavedQueryParser.parse(file, in));
        } catch (NoSuchFileException e) {
            throw SavedQueryException.of(file, 0, "no saved-queries file here");
        } catch (IOException e) {
            throw SavedQueryException.of(file, 0, "cannot read: " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    public List<SavedQuery> all() {
        return queries;
    }

    /** The query with this name, ignoring case; an unknown name is an error that lists the names there are. */
    public SavedQuery get(String name) throws SavedQueryException {
        for (SavedQuery q : queries) {
            if (sameName(q.name(), name)) {
                return q;
            }
        }
        throw SavedQueryException.of(file, 0, "no saved query named '" + name + "' (saved: "
                + queries.stream().map(SavedQuery::name).collect(Collectors.joining(", ")) + ")");
    }

    static boolean sameName(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
