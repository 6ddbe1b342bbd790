package org.hrcmonitor.index.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hrcmonitor.index.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedQueriesTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("queries.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private SavedQueryException failure(String yaml) throws Exception {
        Path file = write(yaml);
        return assertThrows(SavedQueryException.class, () -> SavedQueries.read(file));
    }

    @Test
    void theShippedExampleReadsIntoRequests() throws Exception {
        Path example = Path.of(System.getProperty("hrc.root", "..")).resolve("examples/queries.yaml");
        SavedQueries saved = SavedQueries.read(example);
        assertEquals(List.of("Press freedom", "Yemen accountability", "China", "Death penalty in resolutions"),
                saved.all().stream().map(SavedQuery::name).toList());
        SearchRequest yemen = saved.get("yemen ACCOUNTABILITY").request(10, false);
        assertEquals(new SearchRequest("", null, null, null, null, List.of("YE"),
                List.of("accountability", "humanitarian-law", "right-to-life", "arbitrary-detention", "torture"), 10, false),
                yemen);
        assertEquals("resolution", saved.get("Death penalty in resolutions").kind());
    }

    @Test
    void everyFieldIsRead() throws Exception {
        SavedQuery q = SavedQueries.read(write("""
                queries:
                  - name: Dutch letters on China
                    query: Oeigoeren
                    kind: letter
                    lang: nl
                    from: 2020-01-01
                    to: 2021-12-31
                    countries:
                      - cn
                      - HK
                    themes: torture
                """)).all().get(0);
        assertEquals(new SavedQuery("Dutch letters on China", "Oeigoeren", "letter", "nl", LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 12, 31), List.of("CN", "HK"), List.of("torture"), dir.resolve("queries.yaml") + ":2"), q);
    }

    @Test
    void typedFiltersReplaceSavedOnesAndWordsNarrow() throws Exception {
        SavedQuery q = new SavedQuery("China", "Oeigoeren", null, null, LocalDate.of(2019, 1, 1), null, List.of("CN"),
                List.of(), "x:1");
        SearchRequest typed = new SearchRequest("detentie", null, "nl", LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 10),
                List.of(), List.of("arbitrary-detention"), 5, true);
        assertEquals(new SearchRequest("(Oeigoeren) AND (detentie)", null, "nl", LocalDate.of(2021, 1, 4),
                LocalDate.of(2021, 1, 10), List.of("CN"), List.of("arbitrary-detention"), 5, true), q.with(typed));
        assertEquals("Oeigoeren", q.with(SearchRequest.of("")).query());
    }

    @Test
    void anUnknownThemeIsNamedWithItsLine() throws Exception {
        SavedQueryException e = failure("""
                queries:
                  - name: Press
                    themes:
                      - freedom-of-expression
                      - press-freedom
                """);
        assertEquals(5, e.line());
        assertTrue(e.getMessage().endsWith("queries.yaml:5: unknown theme id 'press-freedom' "
                + "(ids are listed in themes.yaml, e.g. freedom-of-expression, accountability)"), e.getMessage());
    }

    @Test
    void aBadDateIsNamedWithItsLine() throws Exception {
        SavedQueryException e = failure("queries:\n  - name: A\n    from: 2020-13-01\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'from' is not a date: '2020-13-01'"), e.getMessage());
    }

    @Test
    void otherMistakesAreNamedWithTheirLines() throws Exception {
        assertMessage(failure("queries:\n  - name: A\n    theme: [torture]\n"), 3, "unknown key 'theme'");
        assertMessage(failure("queries:\n  - name: A\n    countries: [YE, XX]\n"), 3, "unknown country code 'XX'");
        assertMessage(failure("queries:\n  - name: A\n    kind: report\n"), 3, "unknown kind 'report'");
        assertMessage(failure("queries:\n  - name: A\n    lang: de\n"), 3, "unknown lang 'de'");
        assertMessage(failure("queries:\n  - name: A\n  - name: a\n"), 3, "the name 'a' is used twice (first at line 2)");
        assertMessage(failure("queries:\n  - query: x\n"), 2, "a query without a 'name'");
        assertMessage(failure("queries:\n  - name: A\n    from: 2021-01-01\n    to: 2020-01-01\n"), 4,
                "'to' 2020-01-01 is before 'from' 2021-01-01");
        assertMessage(failure("queries:\n  - name: A\n    name: B\n"), 3, "'name' given twice");
        assertMessage(failure("queries:\n  - name: [A, B]\n"), 2, "'name' takes one value");
        assertMessage(failure("searches:\n  - name: A\n"), 1, "unknown key 'searches'");
        assertMessage(failure("queries:\n  - name: A\n   bad indent: [\n"), 3, "not valid YAML");
    }

    @Test
    void norwayIsACountryNotABoolean() throws Exception {
        assertEquals(List.of("NO"), SavedQueries.read(write("queries:\n  - name: N\n    countries: [NO]\n"))
                .all().get(0).countries());
    }

    @Test
    void anUnknownNameListsTheSavedOnes() throws Exception {
        SavedQueries saved = SavedQueries.read(write("queries:\n  - name: China\n  - name: Press freedom\n"));
        SavedQueryException e = assertThrows(SavedQueryException.class, () -> saved.get("Chna"));
        assertTrue(e.getMessage().endsWith("no saved query named 'Chna' (saved: China, Press freedom)"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.yaml");
        SavedQueryException e = assertThrows(SavedQueryException.class, () -> SavedQueries.read(missing));
        assertEquals(missing + ": no saved-queries file here", e.getMessage());
    }

    private static void assertMessage(SavedQueryException e, int line, String reason) {
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(":" + line + ": " + reason), e.getMessage());
    }
}
