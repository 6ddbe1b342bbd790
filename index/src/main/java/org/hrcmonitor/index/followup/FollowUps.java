package org.hrcmonitor.index.followup;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexedCommitment;

/**
 * Follows commitments up: the evidence the index holds for each, staff judgements applied, and a status.
 *
 * <p>Evidence counts when staff confirmed it, or, unjudged, when it scores at least {@value #EVIDENCE}: the point at
 * which a passage must share most of the commitment's subject (its themes and weightiest terms) and, for a
 * commitment that names them, also its actors. A passage that names the Netherlands and Canada among sponsors of an
 * unrelated resolution stays well below it; the resolution on the promised subject without the promised actors
 * reaches about half of it. Rejected evidence never counts and is listed last, so staff see what they ruled out.
 */
public final class FollowUps {
    public static final double EVIDENCE = 0.5;
    /** Evidence listed per commitment, besides any judged. */
    public static final int LISTED = 5;

    private final EvidenceFinder finder;
    private final Judgements judgements;
    private final LocalDate today;

    /** @param today the day a time frame is compared with, to tell overdue from not yet due */
    public FollowUps(IndexReading index, Judgements judgements, LocalDate today) {
        this.finder = new EvidenceFinder(index);
        this.judgements = judgements;
        this.today = today;
    }

    public FollowUp of(IndexedCommitment c) throws IOException {
        Map<String, Judgement> judged = judgements.of(c.id());
        List<Evidence> evidence = new ArrayList<>();
        for (Evidence e : finder.find(c, LISTED)) {
            evidence.add(e.judged(judged.get(e.id())));
        }
        for (Judgement j : judged.values()) {
            if (evidence.stream().noneMatch(e -> e.id().equals(j.evidence()))) {
                Optional<Evidence> named = finder.byId(c, j.evidence());
                evidence.add(named.map(e -> e.judged(j)).orElseGet(() -> Evidence.gone(j.evidence(), j)));
            }
        }
        evidence.sort(Comparator.comparingInt(FollowUps::rank).thenComparing(Comparator.comparingDouble(Evidence::score)
                .reversed()).thenComparing(Evidence::id));
        return new FollowUp(c, status(c, evidence), evidence);
    }

    private Status status(IndexedCommitment c, List<Evidence> evidence) {
        if (evidence.stream().anyMatch(Evidence::counts)) {
            return Status.EVIDENCE_FOUND;
        }
        boolean due = c.timeframe() != null && c.timeframe().to() != null && c.timeframe().to().isBefore(today);
        return due ? Status.OVERDUE : Status.NO_EVIDENCE_YET;
    }

    /** Confirmed first, unjudged next, rejected last. */
    private static int rank(Evidence e) {
        if (e.judgement() == null) {
            return 1;
        }
        return e.judgement().confirmed() ? 0 : 2;
    }
}
