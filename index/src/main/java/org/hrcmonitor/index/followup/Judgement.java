package org.hrcmonitor.index.followup;

import java.time.Instant;
import java.util.Objects;

/**
 * What staff said about one piece of evidence for one commitment.
 *
 * @param commitment the commitment id
 * @param evidence   the evidence id ({@code DOCUMENT@OFFSET})
 * @param verdict    {@code confirmed} or {@code rejected}
 * @param note       why, in their words, or null
 * @param at         when it was said
 */
public record Judgement(String commitment, String evidence, String verdict, String note, Instant at) {
    public static final String CONFIRMED = "confirmed";
    public static final String REJECTED = "rejected";

    public Judgement {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(at, "at");
        if (!CONFIRMED.equals(verdict) && !REJECTED.equals(verdict)) {
            throw new IllegalArgumentException("verdict must be confirmed or rejected, got " + verdict);
        }
    }

    public boolean confirmed() {
        return CONFIRMED.equals(verdict);
    }
}
