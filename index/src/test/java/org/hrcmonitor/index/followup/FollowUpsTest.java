package org.hrcmonitor.index.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hrcmonitor.index.Docs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.index.IndexedCommitment;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.TimeFrame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follow-up over a small index: a Dutch letter's commitments, a later English session record, an earlier one. */
class FollowUpsTest {
    @TempDir
    Path dir;

    private static final String EXPRESSION = "Samen met Canada zal het Koninkrijk de resolutie voor de "
            + "mandaatverlenging van de VN-expert voor vrijheid van meningsuiting trekken.";
    private static final String YEMEN = "Het Koninkrijk zal in 2020 een conferentie over straffeloosheid in Jemen "
            + "organiseren.";
    private static final Document LETTER = Docs.withCommitment(Docs.withCommitment(
            Docs.of("/l/brief.txt", "nl", Kind.LETTER, LocalDate.of(2020, 2, 14), null,
                    "Aan de Kamer.\n\n" + EXPRESSION + "\n\n" + YEMEN),
            EXPRESSION, "het Koninkrijk", "resolutie mandaatverlenging VN-expert trekken", List.of("CA"), null,
            List.of("CA"), List.of("freedom-of-expression")),
            YEMEN, "Het Koninkrijk", "conferentie straffeloosheid Jemen organiseren", List.of(),
            new TimeFrame("in 2020", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), List.of("YE"),
            List.of("accountability"));
    private static final String FILLER = " The meeting was suspended for lunch. Interpretation was provided in six "
            + "languages. The room was full.";
    private static final String L2 = "12. The representative of the Netherlands, also on behalf of Canada, introduced "
            + "draft resolution A/HRC/43/L.2 renewing the mandate of the Special Rapporteur on freedom of opinion and "
            + "expression.";
    private static final String FOOD = "13. The representative of Brazil introduced a draft resolution on the right "
            + "to food.";
    private static final String REPORT_TEXT = "Report of the Council." + FILLER + " " + L2 + FILLER + " " + FOOD
            + FILLER + " 14. The representatives of the Netherlands, Canada and Japan made statements." + FILLER;
    private static final Document REPORT = Docs.of("/r/a-hrc-43-2.txt", "en", Kind.SESSION_RECORD,
            LocalDate.of(2020, 7, 1), "A/HRC/43/2", REPORT_TEXT);
    private static final Document EARLIER = Docs.of("/r/a-hrc-40-2.txt", "en", Kind.SESSION_RECORD,
            LocalDate.of(2019, 6, 1), "A/HRC/40/2", "Report of an earlier session." + FILLER + " " + L2 + FILLER);
    private static final LocalDate TODAY = LocalDate.of(2021, 6, 1);

    @BeforeEach
    void index() throws Exception {
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(LETTER);
            w.put(REPORT);
            w.put(EARLIER);
        }
    }

    private FollowUp followUp(String sentence) throws Exception {
        try (IndexReading r = IndexReading.open(dir)) {
            IndexedCommitment c = r.commitments(org.hrcmonitor.index.CommitmentSchema.all()).stream()
                    .filter(x -> x.sentence().equals(sentence)).findFirst().orElseThrow();
            return new FollowUps(r, Judgements.in(dir), TODAY).of(c);
        }
    }

    @Test
    void theParagraphReportingTheResolutionRanksFirstWithItsReasons() throws Exception {
        FollowUp f = followUp(EXPRESSION);
        assertEquals(Status.EVIDENCE_FOUND, f.status());
        Evidence first = f.evidence().get(0);
        assertEquals(REPORT.id() + "@" + REPORT_TEXT.indexOf(L2), first.id());
        assertTrue(first.text().contains("A/HRC/43/L.2"), first.text());
        assertEquals("A/HRC/43/2", first.symbol());
        assertTrue(first.score() >= FollowUps.EVIDENCE, first.toString());
        assertEquals(List.of("author", "partner", "theme", "terms"),
                first.reasons().stream().map(Reason::kind).toList());
        assertEquals(new Reason("partner", "CA", List.of("Canada")), first.reasons().get(1));
        assertTrue(first.reasons().get(3).words().containsAll(List.of("draft resolution", "mandate",
                "Special Rapporteur")), first.reasons().toString());
    }

    @Test
    void onlyLaterDocumentsAreEvidenceAndPassagesThatShareOnlyWhoDoNotCount() throws Exception {
        FollowUp f = followUp(EXPRESSION);
        assertTrue(f.evidence().stream().noneMatch(e -> e.documentId().equals(EARLIER.id())), f.toString());
        assertTrue(f.evidence().stream().noneMatch(e -> e.documentId().equals(LETTER.id())), f.toString());
        assertEquals(1, f.evidence().stream().filter(Evidence::counts).count(), f.toString());
    }

    @Test
    void aCommitmentWithoutEvidenceWhoseTimeFrameEndedIsOverdue() throws Exception {
        FollowUp f = followUp(YEMEN);
        assertEquals(Status.OVERDUE, f.status());
        assertTrue(f.evidence().stream().noneMatch(Evidence::counts), f.toString());
    }

    @Test
    void aRejectedPassageNeverCountsAndAConfirmedOneAlwaysDoes() throws Exception {
        String top = followUp(EXPRESSION).evidence().get(0).id();
        String food = REPORT.id() + "@" + REPORT_TEXT.indexOf(FOOD);
        String commitment = followUp(EXPRESSION).commitment().id();
        Judgements.in(dir).record(new Judgement(commitment, top, Judgement.REJECTED, "wrong session", Instant.now()));

        FollowUp rejected = followUp(EXPRESSION);
        assertEquals(Status.NO_EVIDENCE_YET, rejected.status());
        Evidence last = rejected.evidence().get(rejected.evidence().size() - 1);
        assertEquals(top, last.id());
        assertFalse(last.counts());

        Judgements.in(dir).record(new Judgement(commitment, food, Judgement.CONFIRMED, null, Instant.now()));
        FollowUp confirmed = followUp(EXPRESSION);
        assertEquals(Status.EVIDENCE_FOUND, confirmed.status());
        assertEquals(food, confirmed.evidence().get(0).id());
        assertTrue(confirmed.evidence().get(0).text().contains("right to food"));
        assertTrue(confirmed.evidence().get(0).score() < FollowUps.EVIDENCE);
    }

    @Test
    void evidenceIdsStayTheSameWhenTheFileIsIndexedAgain() throws Exception {
        List<String> before = followUp(EXPRESSION).evidence().stream().map(Evidence::id).toList();
        try (IndexWriting w = IndexWriting.open(dir)) {
            w.put(REPORT);
        }
        assertEquals(before, followUp(EXPRESSION).evidence().stream().map(Evidence::id).toList());
    }
}
