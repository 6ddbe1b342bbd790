package org.hrcmonitor.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.source.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML to a source document: what a saved government page yields, and how blocks become paragraphs. */
class HtmlReaderTest {
    @TempDir
    Path folder;

    @Test
    void keepsTheTextAndDropsNavigationScriptsCookieBannerAndFooter() throws Exception {
        assertEquals(resource("government-page.txt").strip(), page().text());
    }

    @Test
    void titleComesFromDublinCoreBeforeTheTitleElement() throws Exception {
        assertEquals("Verslag van de 46e zitting van de Mensenrechtenraad", page().title());
    }

    @Test
    void keepsEveryMetaTagByItsName() throws Exception {
        assertEquals(Map.of(
                "DC.title", "Verslag van de 46e zitting van de Mensenrechtenraad",
                "DC.language", "nl",
                "DCTERMS.issued", "2021-04-12",
                "DCTERMS.type", "Kamerbrief",
                "OVERHEID.authority", "Ministerie van Buitenlandse Zaken",
                "og:title", "Verslag 46e zitting"), page().metadata());
    }

    @Test
    void headingsInDocumentOrder() throws Exception {
        assertEquals(List.of("Verslag van de 46e zitting", "Uitkomsten"), page().headings());
    }

    @Test
    void blockElementsAreSeparatedByBlankLinesAndInlineElementsFlow() throws Exception {
        String html = "<div>Een <b>vet</b> woord</div><p>Alinea</p><blockquote>Citaat<br>regel twee</blockquote>";
        assertEquals("Een vet woord\n\nAlinea\n\nCitaat\nregel twee", read(html).text());
    }

    @Test
    void cellsOfATableRowStayOnOneLine() throws Exception {
        String html = "<table><tr><td>Aangenomen</td><td>30</td></tr><tr><td>Verworpen</td><td>2</td></tr></table>";
        assertEquals("Aangenomen 30\n\nVerworpen 2", read(html).text());
    }

    @Test
    void cookieBannersUnderTheirUsualNamesAreDropped() throws Exception {
        String html = "<div class=\"cookie-banner\">Wij gebruiken cookies.</div><div id=\"cookiebar\">Akkoord?</div>"
                + "<p>De tekst.</p>";
        assertEquals("De tekst.", read(html).text());
    }

    private SourceDocument page() throws Exception {
        Path file = Path.of(getClass().getResource("/read/government-page.html").toURI());
        return new HtmlReader().read(FileSource.describe(file), "text/html");
    }

    private SourceDocument read(String html) throws IOException, ReadException {
        Path file = Files.writeString(folder.resolve("page.html"), html, StandardCharsets.UTF_8);
        return new HtmlReader().read(FileSource.describe(file), "text/html");
    }

    private String resource(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(getClass().getResource("/read/" + name).toURI()), StandardCharsets.UTF_8);
    }
}
