package org.hrcmonitor.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.hrcmonitor.index.Docs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unquoted stop word among required words does not demand to be found where it is not indexed; alone, or among
 * alternatives, it is searched as it is (English "men" is a Dutch stop word).
 */
class StopWordsTest {
    @TempDir
    Path dir;

    @Test
    void aRequiredStopWordIsExcusedWhereItsLanguageDoesNotIndexIt() throws Exception {
        Document english = Docs.of("/en.txt", "en", Kind.OTHER, null, null,
                "The rapporteur defended the right to education of girls and men.");
        Document dutch = Docs.of("/nl.txt", "nl", Kind.LETTER, null, null,
                "Men zegt dat het recht op onderwijs voor meisjes geldt.");
        Document other = Docs.of("/other.txt", "en", Kind.OTHER, null, null,
                "Violence against women was reported.");
        Docs.index(dir, english, dutch, other);
        try (IndexReading r = IndexReading.open(dir)) {
            Searcher searcher = new Searcher(r);
            // "to" is not in English text, and the titles (paths here) do not have it either
            assertEquals(Set.of(english.id()), Found.ids(searcher, "defended the right to education"));
            // "men" is indexed in English text only: alone, or as an alternative, it is looked for there
            assertEquals(Set.of(english.id()), Found.ids(searcher, "men"));
            assertEquals(Set.of(english.id(), other.id()), Found.ids(searcher, "women OR men"));
            // among required words, Dutch text is excused it: "men" cannot be asked of it
            assertEquals(Set.of(english.id(), dutch.id()), Found.ids(searcher, "(onderwijs OR education) men"));
            assertEquals(Set.of(), Found.ids(searcher, "violence men"));
        }
    }
}
