package org.hrcmonitor.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrcmonitor.index.Docs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {
    @TempDir
    static Path dir;
    static IndexReading reading;
    static Searcher searcher;

    static final String LETTER_TEXT = "Het kabinet zal zich inzetten tegen mensenrechtenschendingen en voor de bescherming"
            + " van verdedigers en kinderen. Nederland blijft kritisch over de situatie in Saoedi-Arabië en steunt de"
            + " Mensenrechtenraad.";
    static final Span FIRST = new Span(0, LETTER_TEXT.indexOf(" Nederland"));
    static final Span SECOND = new Span(LETTER_TEXT.indexOf("Nederland"), LETTER_TEXT.length());
    static final Document LETTER = Docs.of("/c/brief.txt", "nl", Kind.LETTER, LocalDate.of(2020, 2, 14), null, LETTER_TEXT)
            .withCountries(List.of(
                    new CountryMention(new Span(SECOND.start(), SECOND.start() + 9), "NL"),
                    new CountryMention(new Span(LETTER_TEXT.indexOf("Saoedi"), LETTER_TEXT.indexOf("Saoedi") + 14), "SA")))
            .withThemes(List.of(new ThemeTag(FIRST, "human-rights-defenders", 0.8), new ThemeTag(FIRST, "children", 0.6),
                    new ThemeTag(SECOND, "hrc-institution", 0.7)));
    static final Document RESOLUTION = Docs.of("/c/res.md", "en", Kind.RESOLUTION, LocalDate.of(2020, 7, 16),
            "A/HRC/RES/44/12", "The Human Rights Council condemns all attacks on journalists and media workers.");
    static final Document REPORT = Docs.withSection(
            Docs.of("/c/report.pdf", "en", Kind.SESSION_RECORD, LocalDate.of(2020, 8, 5), "A/HRC/44/2",
                    "Report of the session.\n\n44/20. Safety of human rights defenders\n\nDefenders must be protected."),
            "A/HRC/RES/44/20", "44/20. Safety of human rights defenders",
            "44/20. Safety of human rights defenders\n\nDefenders must be protected.");

    /** A Dutch document quoting an English sentence: each part is analysed in its own language. */
    static final Document BILINGUAL = Docs.of("/c/treaty.txt", "nl", Kind.OTHER, null, null,
            "De Staten beschermen kinderen tegen geweld. States shall protect children who are detained.")
            .withSentences(List.of(new Sentence(new Span(0, 43), "nl"), new Sentence(new Span(44, 91), "en")), List.of());

    @BeforeAll
    static void index() throws Exception {
        Docs.index(dir, LETTER, RESOLUTION, REPORT, BILINGUAL);
        reading = IndexReading.open(dir);
        searcher = new Searcher(reading);
    }

    @AfterAll
    static void close() throws Exception {
        reading.close();
    }

    private static List<String> ids(String query) throws Exception {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList();
    }

    @Test
    void dutchInflectionsMatch() throws Exception {
        assertEquals(List.of(LETTER.id()), ids("mensenrechtenschending"));
        assertEquals(List.of(LETTER.id()), ids("verdediger"));
    }

    @Test
    void dutchLemmasMatchWhereAStemmerCannot() throws Exception {
        assertTrue(ids("kind").contains(LETTER.id()), "kinderen → kind comes from the lemma table");
    }

    @Test
    void eachLanguageOfABilingualDocumentIsAnalysedInItsOwnLanguage() throws Exception {
        SearchResult detained = searcher.search(SearchRequest.of("detaining"));
        assertEquals(List.of(BILINGUAL.id()), detained.hits().stream().map(Hit::id).toList());
        assertEquals(List.of("States shall protect children who are <mark>detained</mark>."), detained.hits().get(0).snippets());
        assertEquals(Set.of(LETTER.id(), BILINGUAL.id()), Set.copyOf(ids("kind")));
    }

    @Test
    void countryAndThemeFiltersAreAndedAcrossAndOredWithin() throws Exception {
        assertEquals(List.of(LETTER.id()), filtered(List.of("SA"), List.of()));
        assertEquals(List.of(LETTER.id()), filtered(List.of("cn", "sa"), List.of("torture", "children")));
        assertEquals(List.of(), filtered(List.of("SA"), List.of("torture")));
    }

    private static List<String> filtered(List<String> countries, List<String> themes) throws Exception {
        return searcher.search(new SearchRequest("", null, null, null, null, countries, themes, 10, false))
                .hits().stream().map(Hit::id).toList();
    }

    @Test
    void hitsCarryTheirCountriesAndThemes() throws Exception {
        Hit hit = searcher.search(SearchRequest.of("Saoedi-Arabië")).hits().get(0);
        assertEquals(List.of("NL", "SA"), hit.countries());
        assertEquals(List.of("children", "hrc-institution", "human-rights-defenders"), hit.themes());
    }

    @Test
    void facetsCountEveryMatchPerDimension() throws Exception {
        SearchResult all = searcher.search(new SearchRequest("", null, null, null, null, List.of(), List.of(), 1, true));
        assertEquals(List.of(new FacetCount("NL", 1), new FacetCount("SA", 1)), all.facets().get("country"));
        assertEquals(List.of(new FacetCount("en", 3), new FacetCount("nl", 2)), all.facets().get("lang"));
        assertEquals(5, all.facets().get("kind").stream().mapToLong(FacetCount::count).sum());
        assertEquals(Map.of(), searcher.search(SearchRequest.of("")).facets(), "facets only when asked");
    }

    @Test
    void englishInflectionsMatch() throws Exception {
        assertEquals(List.of(RESOLUTION.id()), ids("journalist"));
    }

    @Test
    void hyphenatedNameMatchesAsPhrase() throws Exception {
        assertEquals(List.of(LETTER.id()), ids("\"Saoedi-Arabië\""));
        assertEquals(List.of(), ids("\"Arabië Saoedi\""));
    }

    @Test
    void symbolsCanBeTypedAsTheyAre() throws Exception {
        assertEquals(List.of(RESOLUTION.id()), ids("symbol:A/HRC/RES/44/12"));
        assertEquals(List.of(REPORT.id() + "~1"), ids("symbol:a/hrc/res/44/20"));
    }

    @Test
    void sectionsAreFoundOnTheirOwnWithTheirParent() throws Exception {
        SearchResult result = searcher.search(SearchRequest.of("defenders protected"));
        assertEquals(2, result.total());
        Hit section = result.hits().stream().filter(h -> h.parent() != null).findFirst().orElseThrow();
        assertEquals(REPORT.id(), section.parent());
        assertEquals("A/HRC/RES/44/20", section.symbol());
        assertEquals("resolution", section.kind());
    }

    @Test
    void filtersNarrowByKindLanguageAndDate() throws Exception {
        assertEquals(3, searcher.search(new SearchRequest("", null, "en", null, null, List.of(), List.of(), 10, false)).total());
        assertEquals(2, searcher.search(new SearchRequest("", null, "nl", null, null, List.of(), List.of(), 10, false)).total());
        assertEquals(1, searcher.search(new SearchRequest("", "letter", null, null, null, List.of(), List.of(), 10, false)).total());
        assertEquals(List.of(LETTER.id()), searcher.search(new SearchRequest("", null, null, null,
                LocalDate.of(2020, 3, 1), List.of(), List.of(), 10, false)).hits().stream().map(Hit::id).toList());
    }

    @Test
    void snippetsMarkTheMatchedWords() throws Exception {
        Hit hit = searcher.search(SearchRequest.of("journalists")).hits().get(0);
        assertEquals(List.of("The Human Rights Council condemns all attacks on <mark>journalists</mark> and media workers."),
                hit.snippets());
    }

    @Test
    void wordsAreAndedByDefault() throws Exception {
        assertEquals(List.of(), ids("journalists Mensenrechtenraad"));
        assertEquals(2, ids("journalists OR Mensenrechtenraad").size());
    }

    @Test
    void badSyntaxIsAnInvalidQuery() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> searcher.search(SearchRequest.of("\"unclosed phrase")));
        assertTrue(e.getMessage().startsWith("cannot parse query"), e.getMessage());
        assertThrows(InvalidQueryException.class, () -> searcher.search(SearchRequest.of("colour:red")));
    }
}
