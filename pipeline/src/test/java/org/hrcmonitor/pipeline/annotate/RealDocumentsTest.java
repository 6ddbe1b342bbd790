package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kind, symbol and date of real files against what {@code corpus/MANIFEST.tsv} says about them: the symbol is the
 * first word of its title column when that is a symbol; a date given only as a month or year is compared as such.
 */
class RealDocumentsTest {
    private static final List<String> FILES = List.of(
            "session-records/g2110341.pdf", "session-records/g1217781.pdf", "session-records/g1913313.pdf",
            "session-records/g1012049.pdf", "session-records/g1012465.pdf", "session-records/netherlands2008.pdf",
            "session-records/iran2010.pdf", "session-records/besluitenlijst_example4.pdf",
            "session-records/parlamint-nl/ParlaMint-NL_2017-01-26-tweedekamer-4.xml",
            "resolutions/g1014611.pdf", "resolutions/g1510722.pdf", "resolutions/g2007307.pdf", "resolutions/g2511026.pdf",
            "letters/session48-hc-letter-republic-slovenia-eng.pdf", "other/g1413493.pdf", "other/2015D04817.html",
            "other/BWBR0030733_Wet_College_voor_de_rechten_van_de_mens.md");
    private static final List<Annotator> ANNOTATORS = List.of(new SymbolAnnotator(), new KindAnnotator(),
            new DateAnnotator(), new TitleAnnotator(), new SectionAnnotator());

    static Stream<Arguments> manifest() throws Exception {
        List<String> rows = Files.readAllLines(Docs.shared("corpus/MANIFEST.tsv"), StandardCharsets.UTF_8);
        Stream<Arguments> listed = rows.stream().map(row -> row.split("\t", -1))
                .filter(cols -> FILES.contains(cols[0]))
                .map(cols -> Arguments.of("corpus/" + cols[0], cols[1], symbolIn(cols[7]), dateIn(cols[8])));
        // the seed letter is described in shared/README.md, not in the manifest
        return Stream.concat(listed, Stream.of(Arguments.of("seed/000_179d281dde228d13.txt", "letter", null, "2020-02-14")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void kindSymbolAndDateAreTheManifests(String file, String kind, String symbol, String date) throws Exception {
        Document doc = Docs.read(file);
        for (Annotator annotator : ANNOTATORS) {
            doc = annotator.annotate(doc);
        }
        Document annotated = doc;
        assertAll(
                () -> assertEquals(Kind.fromId(kind), annotated.kind(), "kind"),
                () -> assertEquals(symbol, annotated.symbol(), "symbol"),
                () -> assertEquals(date, annotated.date() == null ? null
                        : annotated.date().toString().substring(0, date.length()), "date"));
    }

    @Test
    void theSelectionIsInTheManifest() throws Exception {
        assertEquals(FILES.size() + 1, manifest().count());
    }

    private static String symbolIn(String titleColumn) {
        String first = titleColumn.split(" ", 2)[0];
        return first.startsWith("A/") ? first : null;
    }

    /** "2020-03-12", "2010-06 (HRC 14th session)" or "2015": the part that is a date. */
    private static String dateIn(String dateColumn) {
        return dateColumn.split(" ", 2)[0];
    }
}
