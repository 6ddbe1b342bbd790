package org.hrcmonitor.index.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.index.Docs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passages follow the sentences the pipeline stored, and the iterator keeps {@link BreakIterator}'s contract. */
class SentenceBreaksTest {
    @TempDir
    Path dir;

    @Test
    void boundariesAreSortedDistinctAndClosedByTheText() {
        assertArrayEquals(new int[] {0, 5, 10, 12, 20}, SentenceBreaks.boundaries(20, new int[] {0, 10, 12, 5, 10, 25}));
    }

    @Test
    void movesLikeABreakIterator() {
        String text = "One two. Three four five. Six.";
        Map<String, int[]> known = new IdentityHashMap<>();
        known.put(text, SentenceBreaks.boundaries(text.length(), new int[] {0, 8, 9, 25, 26, 30}));
        BreakIterator b = new SentenceBreaks(known);
        b.setText(text);
        assertEquals(0, b.first());
        assertEquals(8, b.next());
        assertEquals(9, b.next());
        assertEquals(9, b.current());
        assertEquals(25, b.following(12));
        assertEquals(9, b.preceding(12));
        assertEquals(8, b.preceding(9));
        assertEquals(26, b.following(25));
        assertEquals(BreakIterator.DONE, b.following(30));
        assertEquals(30, b.current());
        assertEquals(BreakIterator.DONE, b.preceding(0));
        assertEquals(0, b.current());
        assertEquals(30, b.last());
        assertEquals(BreakIterator.DONE, b.next());
        // a text not stored with sentences is split by the JDK's rules
        b.setText("Alpha beta. Gamma delta.");
        assertEquals(12, b.following(3));
    }

    @Test
    void aSnippetStaysInsideTheStoredSentence() throws Exception {
        // the JDK's rules end a sentence after "Dhr."; the pipeline's sentence runs on to the full stop
        String text = "Dhr. Jansen sprak over persvrijheid en de rechten van journalisten. Een tweede zin over iets anders.";
        int end = text.indexOf(" Een");
        Document doc = Docs.of("/n.txt", "nl", Kind.OTHER, null, null, text).withSentences(
                List.of(new Sentence(new Span(0, end), "nl"), new Sentence(new Span(end + 1, text.length()), "nl")),
                List.of());
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(doc);
        }
        try (IndexReading r = IndexReading.open(dir)) {
            List<String> snippets = new Searcher(r).search(SearchRequest.of("journalisten")).hits().get(0).snippets();
            assertEquals(1, snippets.size());
            assertTrue(snippets.get(0).startsWith("Dhr. Jansen"), snippets.get(0));
            assertTrue(snippets.get(0).endsWith("<mark>journalisten</mark>."), snippets.get(0));
        }
    }
}
