package org.hrcmonitor.index.followup;

import java.util.List;
import java.util.Objects;
import org.hrcmonitor.index.IndexedCommitment;

/**
 * A commitment with where it stands and the evidence for it: confirmed evidence first, then unjudged evidence by
 * score, rejected evidence last.
 */
public record FollowUp(IndexedCommitment commitment, Status status, List<Evidence> evidence) {
    public FollowUp {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
    }
}
