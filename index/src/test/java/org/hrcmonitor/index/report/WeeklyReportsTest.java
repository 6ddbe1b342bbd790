package org.hrcmonitor.index.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hrcmonitor.index.Docs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.queries.SavedQuery;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weeks, cells and changes over documents whose tags the test states, across a year boundary. */
class WeeklyReportsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    @TempDir
    static Path dir;
    static IndexReading reading;

    /** Two sentences on the death penalty, one on torture; China named twice in the second sentence. */
    static final Document THURSDAY = tagged("/c/a.txt", LocalDate.of(2020, 12, 31),
            "Executions continue. China and China again. Torture too.",
            List.of("death-penalty", "death-penalty", "torture"), "CN", "CN");
    static final Document SUNDAY = tagged("/c/b.txt", LocalDate.of(2021, 1, 3),
            "The death penalty. Nothing else. Nothing more.", List.of("death-penalty", "", ""), "SA");
    static final Document MONDAY = tagged("/c/c.txt", LocalDate.of(2021, 1, 4),
            "Torture. Torture again. And again.", List.of("torture", "torture", "torture"));
    static final Document LATER = tagged("/c/d.txt", LocalDate.of(2021, 1, 20),
            "Executions. Quiet. Quiet.", List.of("death-penalty", "", ""), "CN");
    static final Document UNDATED = tagged("/c/e.txt", null, "Executions. Quiet. Quiet.",
            List.of("death-penalty", "", ""));

    @BeforeAll
    static void index() throws Exception {
        Docs.index(dir, THURSDAY, SUNDAY, MONDAY, LATER, UNDATED);
        reading = IndexReading.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        reading.close();
    }

    /** Three sentences; the i-th carries theme i (blank: none); each country code is one mention in sentence 2. */
    private static Document tagged(String path, LocalDate date, String text, List<String> themes, String... countries) {
        String[] parts = text.split("(?<=\\.) ");
        List<Sentence> sentences = new java.util.ArrayList<>();
        List<ThemeTag> tags = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            Span span = new Span(at, at + parts[i].length());
            sentences.add(new Sentence(span, "en"));
            if (!themes.get(i).isEmpty()) {
                tags.add(new ThemeTag(span, themes.get(i), 0.5));
            }
            at += parts[i].length() + 1;
        }
        Span second = sentences.get(1).span();
        List<CountryMention> mentions = java.util.Arrays.stream(countries)
                .map(c -> new CountryMention(new Span(second.start(), second.start() + 5), c)).toList();
        return Docs.of(path, "en", Kind.LETTER, date, null, text).withSentences(sentences, List.of())
                .withThemes(tags).withCountries(mentions);
    }

    private static WeeklyReport report(LocalDate from, LocalDate to, Dimension by, List<String> themes) throws Exception {
        return WeeklyReports.compute(reading, new ReportRequest(
                new SearchRequest("", null, null, from, to, List.of(), themes, 1, false), by, List.of(), false, 0, ZONE));
    }

    @Test
    void everyWeekFromTheFirstToTheLastDocumentAppearsWithItsCountsAndChanges() throws Exception {
        WeeklyReport r = report(null, null, Dimension.theme, List.of());
        assertEquals(List.of("2020-W53", "2021-W01", "2021-W02", "2021-W03"), r.weeks().stream().map(WeekRow::week).toList());
        assertEquals(List.of("death-penalty", "torture"), r.columns(), "most documents first");
        assertEquals(LocalDate.of(2020, 12, 28), r.from());
        assertEquals(LocalDate.of(2021, 1, 24), r.to());
        assertEquals(4, r.documents());
        assertEquals(1, r.undated());
        assertEquals(List.of(new Cell("death-penalty", 2, 3, 2, 3), new Cell("torture", 1, 1, 1, 1)), r.weeks().get(0).cells());
        assertEquals(List.of(new Cell("death-penalty", 0, 0, -2, -3), new Cell("torture", 1, 3, 0, 2)), r.weeks().get(1).cells());
        assertEquals(List.of(new Cell("death-penalty", 0, 0, 0, 0), new Cell("torture", 0, 0, -1, -3)), r.weeks().get(2).cells());
        assertEquals(List.of(new Cell("death-penalty", 1, 1, 1, 1), new Cell("torture", 0, 0, 0, 0)), r.weeks().get(3).cells());
        assertEquals(0, r.weeks().get(2).documents());
    }

    @Test
    void theRangeIsWidenedToWholeWeeksAndTheFirstWeekComparesWithTheOneBefore() throws Exception {
        WeeklyReport r = report(LocalDate.of(2021, 1, 6), LocalDate.of(2021, 1, 12), Dimension.theme,
                List.of("torture", "death-penalty"));
        assertEquals(List.of("2021-W01", "2021-W02"), r.weeks().stream().map(WeekRow::week).toList());
        assertEquals(List.of("torture", "death-penalty"), r.columns(), "named columns keep their order");
        assertEquals(new Cell("torture", 1, 3, 0, 2), r.weeks().get(0).cells().get(0));
        assertEquals(new Cell("death-penalty", 0, 0, -2, -3), r.weeks().get(0).cells().get(1));
        assertEquals(1, r.documents());
    }

    @Test
    void countryCellsCountMentionsNotSentences() throws Exception {
        WeeklyReport r = report(null, null, Dimension.country, List.of());
        assertEquals("mentions", r.measure());
        assertEquals(List.of("CN", "SA"), r.columns());
        assertEquals(List.of(new Cell("CN", 1, 2, 1, 2), new Cell("SA", 1, 1, 1, 1)), r.weeks().get(0).cells());
        assertEquals(new Cell("CN", 1, 1, 1, 1), r.weeks().get(3).cells().get(0));
    }

    @Test
    void topDocumentsAreTheOnesAddressingTheColumnsMost() throws Exception {
        WeeklyReport r = report(null, null, Dimension.theme, List.of("death-penalty"));
        assertEquals(List.of(THURSDAY.id(), SUNDAY.id()), r.weeks().get(0).top().stream().map(ReportDocument::id).toList());
        assertEquals(List.of(2, 1), r.weeks().get(0).top().stream().map(ReportDocument::weight).toList());
        assertEquals(List.of(), r.weeks().get(1).top(), "a document on other themes only is not listed");
    }

    @Test
    void byIngestDateEveryDocumentIsInTheWeekItWasIndexed() throws Exception {
        WeeklyReport r = WeeklyReports.compute(reading, new ReportRequest(
                new SearchRequest("", null, null, null, null, List.of(), List.of(), 1, false), Dimension.theme, List.of(), true, 0, ZONE));
        LocalDate indexed = LocalDate.ofInstant(reading.get(UNDATED.id()).orElseThrow().ingested(), ZONE);
        assertEquals(List.of(IsoWeek.of(indexed).label()), r.weeks().stream().map(WeekRow::week).toList());
        assertEquals(5, r.documents(), "undated documents have an ingest time");
        assertEquals(0, r.undated());
        assertEquals(new Cell("death-penalty", 4, 5, 4, 5), r.weeks().get(0).cells().get(0));
    }

    @Test
    void nothingMatchingGivesNoWeeks() throws Exception {
        WeeklyReport r = report(null, null, Dimension.theme, List.of("sogi"));
        assertEquals(List.of(), r.weeks());
        assertEquals(0, r.undated());
    }

    @Test
    void savedQueryColumnsCountWhatSearchFindsWithTheirOwnDatesReplacedByTheWeeks() throws Exception {
        List<SavedQuery> queries = List.of(
                new SavedQuery("Torture", "", null, null, null, null, List.of(), List.of("torture"), "test:1"),
                new SavedQuery("Executions", "executions", null, null, LocalDate.of(2021, 1, 10), null, List.of(),
                        List.of(), "test:2"));
        WeeklyReport r = WeeklyReports.compute(reading, new ReportRequest(
                new SearchRequest("", null, null, null, null, List.of(), List.of(), 1, false), Dimension.query, queries,
                false, 0, ZONE));
        assertEquals("matches", r.measure());
        assertEquals(List.of("Torture", "Executions"), r.columns());
        assertEquals(List.of(new Cell("Torture", 1, 1, 1, 1), new Cell("Executions", 1, 1, 1, 1)), r.weeks().get(0).cells());
        assertEquals(List.of(new Cell("Torture", 1, 1, 0, 0), new Cell("Executions", 0, 0, -1, -1)), r.weeks().get(1).cells());
        assertEquals(new Cell("Executions", 1, 1, 1, 1), r.weeks().get(3).cells().get(1));
    }
}
