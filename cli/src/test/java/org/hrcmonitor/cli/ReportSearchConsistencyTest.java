package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly report against {@code hrc search}, both through the command line, over the sample corpus and a few real
 * UN session records (two of them in one week, one a week later): every cell with documents equals the number of
 * whole documents search finds for that column and week, its sentences equal the counts {@code hrc show} lists for
 * the documents of that week, and over the whole range search finds no document in the report's empty weeks.
 */
class ReportSearchConsistencyTest {
    private static final List<String> SHARED_FILES = List.of("session-records/g1012049.pdf",
            "session-records/iran2010.pdf", "session-records/g1012465.pdf", "session-records/netherlands2012.txt",
            "session-records/besluitenlijst_example4.pdf");
    @TempDir
    static Path index;
    /** Columns whose non-empty cells are each checked against a search of their week. */
    private static final int WEEK_BY_WEEK = 5;
    /** {@code hrc show} output per document id: the same documents come back for many columns. */
    static final Map<String, JsonNode> SHOWN = new HashMap<>();

    @BeforeAll
    static void ingest() {
        List<String> args = new ArrayList<>(List.of("ingest", Cli.corpus().toString()));
        Path shared = Cli.shared().resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(shared), "the shared corpus is next to the checkout");
        SHARED_FILES.forEach(f -> args.add(shared.resolve(f).toString()));
        args.addAll(List.of("--index", index.toString()));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    private static JsonNode run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--index", index.toString(), "--format", "json"));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r.json();
    }

    @Test
    void themeCellsEqualSearchAndShow() {
        JsonNode report = run("report", "weekly", "--top", "0");
        assertTrue(report.get("weeks").size() > 500, "2010 to 2021, every week: " + report.get("weeks").size());
        checkAgainstSearch(report, "--theme", List.of());
    }

    @Test
    void countryCellsEqualSearchAndShow() {
        JsonNode report = run("report", "weekly", "--by", "country", "--top", "12");
        assertEquals("mentions", report.get("measure").asText());
        checkAgainstSearch(report, "--country", List.of());
    }

    @Test
    void filteredCellsEqualTheSameFilteredSearch() {
        List<String> filters = List.of("--kind", "session-record", "--lang", "en", "--from", "2010-01-01", "--to", "2012-12-31");
        List<String> args = new ArrayList<>(List.of("report", "weekly", "--top", "10"));
        args.addAll(filters);
        JsonNode report = run(args.toArray(String[]::new));
        assertEquals("2009-W53", report.get("weeks").get(0).get("week").asText(), "1 January 2010 was a Friday");
        assertEquals("2013-W01", last(report).get("week").asText(), "31 December 2012 was a Monday");
        checkAgainstSearch(report, "--theme", filters.subList(0, 4));
    }

    @Test
    void everyMatchingDocumentIsInOneWeekOrCountedAsUndated() {
        JsonNode report = run("report", "weekly");
        JsonNode all = run("search", "--limit", "1");
        assertEquals(all.get("documents").asLong(), report.get("documents").asLong() + report.get("undated").asLong());
        assertTrue(report.get("undated").asLong() > 0, "the sample corpus has undated notes");
        long perWeek = 0;
        for (JsonNode w : report.get("weeks")) {
            perWeek += w.get("documents").asLong();
        }
        assertEquals(report.get("documents").asLong(), perWeek);
    }

    /**
     * Per column: the column's total against a search over the whole range, and each cell's documents and sentences
     * (mentions) against that search's documents of the week and what {@code show} lists for them. For the first
     * columns also each non-empty cell against a search of its own week; as the weeks split the range, the totals
     * then show that search finds nothing in the empty cells. (Each command costs tens of milliseconds, so not all.)
     */
    private static void checkAgainstSearch(JsonNode report, String option, List<String> filters) {
        JsonNode columns = report.get("columns");
        assertTrue(columns.size() > 5, columns.toString());
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c).asText();
            long total = 0;
            for (JsonNode w : report.get("weeks")) {
                JsonNode cell = w.get("cells").get(c);
                total += cell.get("documents").asLong();
                if (c < WEEK_BY_WEEK && cell.get("documents").asLong() > 0) {
                    JsonNode found = search(option, column, w.get("from").asText(), w.get("to").asText(), filters, 1);
                    assertEquals(found.get("documents").asLong(), cell.get("documents").asLong(),
                            column + " in " + w.get("week").asText());
                }
            }
            JsonNode whole = search(option, column, report.get("from").asText(), report.get("to").asText(), filters, 1000);
            assertEquals(whole.get("documents").asLong(), total, column + " over the whole range");
            Map<String, long[]> shown = shownPerWeek(whole, report, option, column);
            for (JsonNode w : report.get("weeks")) {
                long[] expected = shown.getOrDefault(w.get("week").asText(), new long[2]);
                JsonNode cell = w.get("cells").get(c);
                String where = column + " in " + w.get("week").asText();
                assertEquals(expected[0], cell.get("documents").asLong(), "documents of " + where);
                assertEquals(expected[1], cell.get("count").asLong(), report.get("measure").asText() + " of " + where);
            }
        }
    }

    private static JsonNode search(String option, String column, String from, String to, List<String> filters, int limit) {
        List<String> args = new ArrayList<>(List.of("search", option, column, "--from", from, "--to", to,
                "--limit", String.valueOf(limit)));
        args.addAll(filters);
        return run(args.toArray(String[]::new));
    }

    /**
     * Per week of their date, the documents found and the sentences (or mentions) of the column that {@code hrc show}
     * lists for them.
     */
    private static Map<String, long[]> shownPerWeek(JsonNode found, JsonNode report, String option, String column) {
        assertEquals(found.get("total").asLong(), found.get("hits").size(), "all hits listed");
        Map<String, long[]> perWeek = new HashMap<>();
        for (JsonNode hit : found.get("hits")) {
            if (hit.get("parent").isNull()) {
                JsonNode shown = SHOWN.computeIfAbsent(hit.get("id").asText(), id -> run("show", id));
                LocalDate date = LocalDate.parse(hit.get("date").asText());
                String week = null;
                for (JsonNode w : report.get("weeks")) {
                    if (!date.isBefore(LocalDate.parse(w.get("from").asText())) && !date.isAfter(LocalDate.parse(w.get("to").asText()))) {
                        week = w.get("week").asText();
                    }
                }
                long[] sums = perWeek.computeIfAbsent(week, w -> new long[2]);
                sums[0]++;
                sums[1] += shown.get(option.equals("--theme") ? "themes" : "countries").get(column).asLong();
            }
        }
        return perWeek;
    }

    private static JsonNode last(JsonNode report) {
        return report.get("weeks").get(report.get("weeks").size() - 1);
    }

    @Test
    void theFirstWeeksChangeIsAgainstTheWeekBeforeTheRange() {
        JsonNode report = run("report", "weekly", "--from", "2010-03-22", "--to", "2010-03-28", "--theme", "un-mechanisms");
        JsonNode cell = report.get("weeks").get(0).get("cells").get(0);
        long before = run("search", "--theme", "un-mechanisms", "--from", "2010-03-15", "--to", "2010-03-21",
                "--limit", "1").get("documents").asLong();
        assertTrue(before > 0, "g1012049 and iran2010 are dated in the week before");
        assertEquals(cell.get("documents").asLong() - before, cell.get("documentsChange").asLong());
        assertEquals(LocalDate.of(2010, 3, 22).toString(), report.get("from").asText());
    }

    @Test
    void theReportGoesToOutTheSummaryToStderr() throws Exception {
        Path file = index.resolveSibling(index.getFileName() + "-week.html");
        Cli.Result r = Cli.run("report", "weekly", "--format", "html", "--out", file.toString(), "--index", index.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("report: "), r.err());
        assertTrue(Files.readString(file).startsWith("<!doctype html>"));
        Files.delete(file);
    }

    @Test
    void byIngestDateEveryDocumentIsInThisRunsWeek() {
        JsonNode report = run("report", "weekly", "--by-ingest-date");
        assertEquals(1, report.get("weeks").size(), "all were ingested by this test, minutes ago");
        assertEquals(0, report.get("undated").asLong());
        assertEquals(run("search", "--limit", "1").get("documents").asLong(), report.get("documents").asLong());
    }

    @Test
    void anUnknownThemeIsAUsageError() {
        Cli.Result r = Cli.run("report", "weekly", "--theme", "tortur", "--index", index.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("tortur"), r.err());
    }

    @Test
    void savedQueryCellsEqualSearchWithThatSavedQuery() throws Exception {
        Path queries = index.resolveSibling(index.getFileName() + "-queries.yaml");
        Files.writeString(queries, """
                queries:
                  - name: Press freedom
                    themes: [freedom-of-expression]
                  - name: Iran
                    countries: [IR]
                    from: 2021-01-01
                  - name: Death penalty
                    query: death penalty OR doodstraf
                  - name: Defenders in resolutions
                    kind: resolution
                    query: defenders
                """);
        JsonNode report = run("report", "weekly", "--by", "query", "--queries", queries.toString());
        assertEquals("matches", report.get("measure").asText());
        long sectionOnly = 0;
        for (int c = 0; c < report.get("columns").size(); c++) {
            String name = report.get("columns").get(c).asText();
            long documents = 0;
            long matches = 0;
            for (JsonNode w : report.get("weeks")) {
                JsonNode cell = w.get("cells").get(c);
                documents += cell.get("documents").asLong();
                matches += cell.get("count").asLong();
                if (cell.get("count").asLong() > 0) {
                    JsonNode found = run("search", "--saved", name, "--queries", queries.toString(),
                            "--from", w.get("from").asText(), "--to", w.get("to").asText(), "--limit", "1");
                    String where = name + " in " + w.get("week").asText();
                    assertEquals(found.get("documents").asLong(), cell.get("documents").asLong(), where);
                    assertEquals(found.get("total").asLong(), cell.get("count").asLong(), where);
                    sectionOnly += cell.get("documents").asLong() == 0 ? 1 : 0;
                }
            }
            JsonNode whole = run("search", "--saved", name, "--queries", queries.toString(),
                    "--from", report.get("from").asText(), "--to", report.get("to").asText(), "--limit", "1");
            assertEquals(whole.get("documents").asLong(), documents, name + " over the whole range");
            assertEquals(whole.get("total").asLong(), matches, name + " over the whole range");
            assertTrue(matches > 0, name + " finds something");
        }
        assertTrue(sectionOnly > 0, "a resolution inside a session report matches where its report does not");
        Files.delete(queries);
    }
}
