package org.hrcmonitor.cli.followup;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexedCommitment;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.index.followup.Evidence;
import org.hrcmonitor.index.followup.FollowUp;
import org.hrcmonitor.index.followup.FollowUps;
import org.hrcmonitor.index.followup.Judgement;
import org.hrcmonitor.index.followup.Judgements;

/**
 * The follow-up of commitments as the commands show and export it: each commitment with the document it came from,
 * its status, its evidence and the judgements on that evidence.
 */
final class FollowUpView {
    private final IndexReading index;
    private final FollowUps followUps;
    private final Map<String, Optional<IndexedDocument>> documents = new HashMap<>();

    FollowUpView(IndexReading index, Judgements judgements) {
        this.index = index;
        this.followUps = new FollowUps(index, judgements, LocalDate.now());
    }

    FollowUp of(IndexedCommitment c) throws IOException {
        return followUps.of(c);
    }

    Optional<IndexedDocument> document(String id) throws IOException {
        Optional<IndexedDocument> doc = documents.get(id);
        if (doc == null) {
            doc = index.get(id);
            documents.put(id, doc);
        }
        return doc;
    }

    /** The commitment and where it stands, for JSON; with every piece of evidence in full, or only the judgements. */
    Map<String, Object> json(FollowUp f, boolean withEvidence) throws IOException {
        IndexedCommitment c = f.commitment();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("document", documentJson(c.documentId()));
        m.put("lang", c.lang());
        m.put("sentence", c.sentence());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("actor", c.actor());
        m.put("action", c.action());
        m.put("partners", c.partners());
        m.put("timeframe", c.timeframe());
        m.put("quantities", c.quantities());
        m.put("countries", c.countries());
        m.put("themes", c.themes());
        m.put("status", f.status());
        m.put("judgements", judgements(f));
        if (withEvidence) {
            m.put("evidence", f.evidence());
        } else {
            m.put("bestEvidence", best(f).map(Evidence::id).orElse(null));
        }
        return m;
    }

    private Map<String, Object> documentJson(String id) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        Optional<IndexedDocument> doc = document(id);
        m.put("title", doc.map(IndexedDocument::title).orElse(null));
        m.put("date", doc.map(IndexedDocument::date).orElse(null));
        m.put("symbol", doc.map(IndexedDocument::symbol).orElse(null));
        m.put("path", doc.map(IndexedDocument::path).orElse(null));
        return m;
    }

    static List<Judgement> judgements(FollowUp f) {
        return f.evidence().stream().map(Evidence::judgement).filter(Objects::nonNull).toList();
    }

    /** The evidence that decides the status: the first that counts, else the best unrejected candidate. */
    static Optional<Evidence> best(FollowUp f) {
        return f.evidence().stream().filter(Evidence::counts).findFirst()
                .or(() -> f.evidence().stream().filter(e -> e.judgement() == null).findFirst());
    }
}
