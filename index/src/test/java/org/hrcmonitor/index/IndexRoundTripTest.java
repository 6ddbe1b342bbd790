package org.hrcmonitor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRoundTripTest {
    @TempDir
    Path dir;

    private static final Document REPORT = Docs.withSection(
            Docs.of("/r/a-hrc-44-2.pdf", "en", Kind.SESSION_RECORD, LocalDate.of(2020, 8, 5), "A/HRC/44/2",
                    "Report of the Council.\n\n44/12. Freedom of opinion and expression\n\nThe Council calls upon States."),
            "A/HRC/RES/44/12", "44/12. Freedom of opinion and expression",
            "44/12. Freedom of opinion and expression\n\nThe Council calls upon States.");

    @Test
    void documentAndSectionsComeBackAsStored() throws Exception {
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(REPORT);
        }
        try (IndexReading r = IndexReading.open(dir)) {
            IndexedDocument doc = r.get(REPORT.id()).orElseThrow();
            assertEquals(new IndexedDocument(REPORT.id(), null, "/r/a-hrc-44-2.pdf", REPORT.hash(), "text/plain",
                    "/r/a-hrc-44-2.pdf", "session-record", "en", LocalDate.of(2020, 8, 5), "A/HRC/44/2", 0,
                    REPORT.text(), Map.of(), Map.of(), 1, doc.ingested()), doc);
            assertNotNull(doc.ingested());
            List<IndexedDocument> sections = r.sections(REPORT.id());
            assertEquals(1, sections.size());
            IndexedDocument s = sections.get(0);
            assertEquals(IndexedDocument.sectionId(REPORT.id(), 1), s.id());
            assertEquals("A/HRC/RES/44/12", s.symbol());
            assertEquals("resolution", s.kind());
            assertEquals(REPORT.text().indexOf("44/12."), s.start());
            assertTrue(s.text().startsWith("44/12. Freedom"));
        }
    }

    @Test
    void puttingTheSamePathAgainReplacesDocumentAndSections() throws Exception {
        Document changed = Docs.of("/r/a-hrc-44-2.pdf", "en", Kind.SESSION_RECORD, null, null, "A shorter report.");
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(REPORT);
            w.commit();
            w.put(changed);
            assertEquals(Optional.of(changed.hash()), w.known("/r/a-hrc-44-2.pdf").map(IndexWriting.Known::hash));
        }
        try (IndexReading r = IndexReading.open(dir)) {
            assertEquals(1, r.reader().numDocs());
            assertEquals(Optional.empty(), r.get(REPORT.id()));
        }
    }

    @Test
    void entryNumbersKeepRisingAcrossRunsAndAChangedFileGetsANewOne() throws Exception {
        Document other = Docs.of("/r/letter.txt", "nl", Kind.LETTER, null, null, "Een brief.");
        Document changed = Docs.of("/r/a-hrc-44-2.pdf", "en", Kind.SESSION_RECORD, null, null, "A shorter report.");
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(REPORT);
            w.put(other);
        }
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(changed);
        }
        try (IndexReading r = IndexReading.open(dir)) {
            assertEquals(2, r.get(other.id()).orElseThrow().seq());
            assertEquals(3, r.get(changed.id()).orElseThrow().seq());
            assertEquals(1, r.searcher().count(IndexSchema.enteredAfter(2)));
        }
    }

    @Test
    void aSecondWriterIsToldTheIndexIsBusy() throws Exception {
        try (IndexWriting first = IndexWriting.open(dir)) {
            IndexBusyException e = assertThrows(IndexBusyException.class, () -> IndexWriting.open(dir));
            assertTrue(e.getMessage().contains("busy"), e.getMessage());
        }
    }

    @Test
    void readingAMissingIndexSaysHowToMakeOne() {
        NoIndexException e = assertThrows(NoIndexException.class, () -> IndexReading.open(dir.resolve("none")));
        assertTrue(e.getMessage().contains("hrc ingest"), e.getMessage());
    }
}
