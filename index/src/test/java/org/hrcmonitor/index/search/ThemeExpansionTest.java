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

/** A theme phrase in one language finds the theme's phrases in the other, and not every related phrase in its own. */
class ThemeExpansionTest {
    @TempDir
    Path dir;

    @Test
    void aThemePhraseFindsBothLanguagesAndASingleWordStaysItself() throws Exception {
        Document dutch = Docs.of("/nl.txt", "nl", Kind.LETTER, null, null,
                "Nederland zet zich in voor de vrijheid van meningsuiting van journalisten.");
        Document english = Docs.of("/en.txt", "en", Kind.RESOLUTION, null, null,
                "The Council reaffirms the freedom of opinion and expression.");
        Document other = Docs.of("/other.txt", "en", Kind.OTHER, null, null, "The Council discussed torture.");
        Document status = Docs.of("/status.txt", "en", Kind.OTHER, null, null,
                "The status of the report was reviewed by the commission.");
        // a Dutch term of the theme that is an English word too ("pers" is analysed as "per")
        Document perCent = Docs.of("/percent.txt", "en", Kind.OTHER, null, null,
                "Officials said 40 per cent of the cases were closed.");
        Document freePress = Docs.of("/pers.txt", "nl", Kind.LETTER, null, null,
                "Het kabinet blijft zich inzetten voor een vrije pers in Europa.");
        // a two-word term is one word pair
        Document freeSpeech = Docs.of("/speech.txt", "en", Kind.OTHER, null, null,
                "The Council defended free speech online.");
        // everyday Dutch words the theme tagger trusts only in context: "pers" is analysed as "per"
        Document perYear = Docs.of("/huur.txt", "nl", Kind.LETTER, null, null,
                "De huur stijgt per 1 januari met drie procent per jaar.");
        Document reporters = Docs.of("/verslag.txt", "nl", Kind.LETTER, null, null,
                "De journalisten vertrokken na afloop naar huis.");
        Docs.index(dir, dutch, english, other, status, perCent, freePress, freeSpeech, perYear, reporters);
        try (IndexReading r = IndexReading.open(dir)) {
            Searcher searcher = new Searcher(r);
            // the Dutch phrases, two-word ones included, not the English "freedom of opinion" the query did not ask
            // for, Dutch terms only in Dutch text, and not the everyday words "pers" and "journalist" alone
            assertEquals(Set.of(dutch.id(), freePress.id()), Found.ids(searcher, "\"freedom of expression\""));
            // unquoted, the words are ANDed, and "of" (no word of English text) is not required of the title
            assertEquals(Set.of(dutch.id(), freePress.id(), english.id()), Found.ids(searcher, "freedom of expression"));
            // the English label and terms ("freedom of opinion", "free speech")
            assertEquals(Set.of(dutch.id(), english.id(), freeSpeech.id()),
                    Found.ids(searcher, "\"Vrijheid van meningsuiting\""));
            // the English term "a status" is just "status" once stop words go: that alone is no match
            assertEquals(Set.of(), Found.ids(searcher, "\"nationaal mensenrechteninstituut\""));
            assertEquals(Set.of(status.id()), Found.ids(searcher, "status"));
            assertEquals(Set.of(dutch.id(), reporters.id()), Found.ids(searcher, "journalist"));
            assertEquals(Set.of(), Found.ids(searcher, "torture Nederland"));
        }
    }
}
