package org.hrcmonitor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.index.search.Searcher;
import org.hrcmonitor.index.stats.Statistics;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commitments ride in their document's block: stored, filterable, replaced with it, and never counted as documents. */
class CommitmentStorageTest {
    @TempDir
    Path dir;

    private static final String EXPRESSION = "Samen met Canada zal het Koninkrijk de resolutie over vrijheid van "
            + "meningsuiting trekken.";
    private static final String CONFERENCES = "Het Koninkrijk zal het komend jaar twee conferenties organiseren.";
    private static final Document LETTER = Docs.withCommitment(Docs.withCommitment(
            Docs.of("/l/brief.txt", "nl", Kind.LETTER, LocalDate.of(2020, 2, 14), null,
                    "Aan de Kamer.\n\n" + EXPRESSION + "\n\n" + CONFERENCES),
            EXPRESSION, "het Koninkrijk", "resolutie vrijheid van meningsuiting trekken", List.of("CA"),
            new TimeFrame("tijdens het lidmaatschap", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)),
            List.of("CA"), List.of("freedom-of-expression")),
            CONFERENCES, "het Koninkrijk", "twee conferenties organiseren", List.of(),
            new TimeFrame("het komend jaar", LocalDate.of(2020, 2, 14), LocalDate.of(2021, 2, 14)), List.of(),
            List.of("accountability"));

    @Test
    void commitmentsComeBackAsStoredWithTheirSentenceAndDocumentDate() throws Exception {
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(LETTER);
        }
        try (IndexReading r = IndexReading.open(dir)) {
            List<IndexedCommitment> all = r.commitments(CommitmentSchema.all());
            assertEquals(2, all.size());
            int start = LETTER.text().indexOf(EXPRESSION);
            assertEquals(new IndexedCommitment(LETTER.id() + "-c" + start, LETTER.id(), LocalDate.of(2020, 2, 14), "nl",
                    start, start + EXPRESSION.length(), EXPRESSION, "het Koninkrijk",
                    "resolutie vrijheid van meningsuiting trekken", List.of("CA"),
                    new TimeFrame("tijdens het lidmaatschap", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)),
                    List.of(), List.of("CA"), List.of("freedom-of-expression")), all.get(0));
            assertEquals(Optional.of(all.get(1)), r.commitment(all.get(1).id()));
        }
    }

    @Test
    void filtersByDocumentThemeAndCountry() throws Exception {
        Document other = Docs.of("/l/other.txt", "nl", Kind.LETTER, null, null, "Geen toezeggingen.");
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(LETTER);
            w.put(other);
        }
        try (IndexReading r = IndexReading.open(dir)) {
            assertEquals(2, r.commitments(CommitmentSchema.matching(LETTER.id(), List.of(), List.of())).size());
            assertEquals(0, r.commitments(CommitmentSchema.matching(other.id(), List.of(), List.of())).size());
            assertEquals(List.of("twee conferenties organiseren"),
                    r.commitments(CommitmentSchema.matching(null, List.of("accountability"), List.of())).stream()
                            .map(IndexedCommitment::action).toList());
            assertEquals(1, r.commitments(CommitmentSchema.matching(null, List.of(), List.of("ca"))).size());
            assertEquals(0, r.commitments(CommitmentSchema.matching(null, List.of("accountability"), List.of("CA"))).size());
        }
    }

    @Test
    void searchStatisticsAndTheKnownFileCheckIgnoreCommitmentUnits() throws Exception {
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(LETTER);
            w.commit();
            assertEquals(Optional.of(LETTER.hash()), w.known(LETTER.path()).map(IndexWriting.Known::hash));
        }
        try (IndexReading r = IndexReading.open(dir)) {
            assertEquals(1, new Searcher(r).search(SearchRequest.of("")).total());
            assertEquals(1, new Searcher(r).search(SearchRequest.of("path:/l/brief.txt")).total());
            assertEquals(1, Statistics.of(r).documents());
            assertTrue(r.sections(LETTER.id()).isEmpty());
        }
    }

    @Test
    void reingestingAChangedFileReplacesItsCommitments() throws Exception {
        Document changed = Docs.of("/l/brief.txt", "nl", Kind.LETTER, LocalDate.of(2020, 2, 15), null, "Geen toezeggingen.");
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(LETTER);
            w.commit();
            w.put(changed);
        }
        try (IndexReading r = IndexReading.open(dir)) {
            assertEquals(List.of(), r.commitments(CommitmentSchema.all()));
            assertEquals(1, r.reader().numDocs());
        }
    }
}
