package org.hrcmonitor.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.index.report.Cell;
import org.hrcmonitor.index.report.Dimension;
import org.hrcmonitor.index.report.ReportDocument;
import org.hrcmonitor.index.report.WeekRow;
import org.hrcmonitor.index.report.WeeklyReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every format of one report across a new year. The HTML is checked the way a browser would need it: it parses,
 * references nothing outside itself, escapes titles, and its chart decodes as an image (WeeklyHtmlBrowserTest renders
 * it in a real headless browser where one is installed).
 */
class WeeklyFormatsTest {
    static final ReportDocument LETTER = new ReportDocument("a1", "Brief <script>alert('x')</script> & \"zo\"", "letter",
            LocalDate.of(2020, 12, 31), null, "/data/brieven/brief over Jemen.pdf", 3);
    static final WeeklyReport REPORT = new WeeklyReport(Dimension.theme, "sentences", "date", LocalDate.of(2020, 12, 28),
            LocalDate.of(2021, 1, 17), List.of("death-penalty", "torture"), 4, 3, 1, List.of(
            new WeekRow("2020-W53", LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 3), 2,
                    List.of(new Cell("death-penalty", 2, 3, 2, 3), new Cell("torture", 1, 1, 1, 1)), List.of(LETTER)),
            new WeekRow("2021-W01", LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 10), 1,
                    List.of(new Cell("death-penalty", 0, 0, -2, -3), new Cell("torture", 1, 3, 0, 2)), List.of()),
            new WeekRow("2021-W02", LocalDate.of(2021, 1, 11), LocalDate.of(2021, 1, 17), 0,
                    List.of(new Cell("death-penalty", 0, 0, 0, 0), new Cell("torture", 0, 0, -1, -3)), List.of())));
    static final WeeklyReport EMPTY = new WeeklyReport(Dimension.country, "mentions", "date", null, null, List.of(), 0,
            0, 2, List.of());

    @Test
    void csvHasAWeekPerRowAndFourNumbersPerColumn() throws Exception {
        List<CSVRecord> rows = CSVParser.parse(new StringReader(WeeklyCsv.of(REPORT)),
                CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
        assertEquals(3, rows.size());
        assertEquals(List.of("week", "from", "to", "documents", "death-penalty documents", "death-penalty sentences",
                "death-penalty documents change", "death-penalty sentences change", "torture documents",
                "torture sentences", "torture documents change", "torture sentences change"), rows.get(0).getParser().getHeaderNames());
        assertEquals(List.of("2021-W01", "2021-01-04", "2021-01-10", "1", "0", "0", "-2", "-3", "1", "3", "0", "2"),
                rows.get(1).toList());
        assertEquals(1, CSVParser.parse(new StringReader(WeeklyCsv.of(EMPTY)), CSVFormat.RFC4180).getRecords().size(),
                "only the header");
    }

    @Test
    void markdownIsATableWithALegend() {
        List<String> lines = WeeklyText.markdown(REPORT).lines().toList();
        assertEquals("# Weekly report by theme, 2020-W53 to 2021-W02", lines.get(0));
        assertEquals("| week | documents | death-penalty | torture |", lines.get(2));
        assertEquals("|---|---:|---:|---:|", lines.get(3));
        assertEquals("| 2020-W53 | 2 | 2 (+2) / 3 (+3) | 1 (+1) / 1 (+1) |", lines.get(4));
        assertEquals("| 2021-W02 | 0 | 0 | 0 (-1) / 0 (-3) |", lines.get(6));
        assertEquals("Cell: documents (change on the week before) / sentences (change). Weeks by the document's date; "
                + "documents counted: 3; undated, left out: 1. 4 more themes not shown.", lines.get(8));
    }

    @Test
    void textAlignsTheSameCells() {
        List<String> lines = WeeklyText.of(REPORT).lines().toList();
        assertEquals("week      documents  death-penalty    torture", lines.get(0));
        assertEquals("2021-W01  1          0 (-2) / 0 (-3)  1 (+0) / 3 (+2)", lines.get(3));
    }

    @Test
    void jsonHoldsTheWholeRecord() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.write(REPORT));
        assertEquals("theme", json.get("by").asText());
        assertEquals("2020-12-28", json.get("from").asText());
        assertEquals(-3, json.get("weeks").get(1).get("cells").get(0).get("countChange").asInt());
        assertEquals(LETTER.path(), json.get("weeks").get(0).get("top").get(0).get("path").asText());
    }

    @Test
    void htmlIsSelfContainedWithADecodableChartAndFileLinks() throws Exception {
        Document html = Jsoup.parse(WeeklyHtml.of(REPORT));
        assertTrue(html.select("script, link, iframe, object, embed").isEmpty(), "no script and nothing loaded");
        for (Element e : html.select("[src], [href]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertTrue(ref.startsWith("data:image/png;base64,") || ref.startsWith("file:"), ref);
        }
        assertFalse(html.select("style").first().data().contains("url("), "the stylesheet loads nothing");
        String src = html.selectFirst("img").attr("src");
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
        assertEquals(WeeklyChart.WIDTH, chart.getWidth());
        assertEquals(WeeklyChart.height(REPORT), chart.getHeight());
        assertEquals(4, html.select("table tr").size(), "a header and one row per week");
        assertEquals("1 (+0) / 3 (+2)", html.select("table tr").get(2).child(3).text());
        Element link = html.selectFirst("ol li a");
        assertEquals(LETTER.title(), link.text(), "the title is text, not markup");
        URI uri = URI.create(link.attr("href"));
        assertEquals("file", uri.getScheme());
        assertEquals(Path.of(LETTER.path()), Path.of(uri));
    }

    @Test
    void anEmptyReportIsStillAPageWithoutAChart() {
        Document html = Jsoup.parse(WeeklyHtml.of(EMPTY));
        assertEquals("Weekly report by country", html.title());
        assertTrue(html.select("img").isEmpty());
        assertTrue(html.text().contains("undated, left out: 2"), html.text());
    }
}
