package org.hrcmonitor.index.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A passage of a later document that may show a commitment was followed up.
 *
 * @param id         {@code DOCUMENT@OFFSET}: the document id (from its content) and where the passage's middle
 *                   sentence starts, so it names the same passage after any re-ingest of the unchanged file
 * @param documentId the document the passage stands in
 * @param sectionId  the section (a resolution in a session report) it stands in, or null
 * @param title      the section's title if in one, else the document's; null if the document is no longer indexed
 * @param symbol     the section's symbol if in one, else the document's, or null
 * @param start      where the passage starts in the document's text
 * @param end        where it ends
 * @param text       the passage as the document has it (line breaks included): the sentence before the middle one,
 *                   the middle one (where the id points) and the one after
 * @param score      how much it shares with the commitment, in [0, 1] (see {@code PassageScoring})
 * @param reasons    what it shares
 * @param judgement  what staff said about it, or null
 */
public record Evidence(String id, String documentId, String sectionId, String title, String kind, LocalDate date,
                       String symbol, String path, int start, int end, String text, double score,
                       List<Reason> reasons, Judgement judgement) {
    public Evidence {
        Objects.requireNonNull(id, "id");
        reasons = List.copyOf(reasons);
    }

    /** Evidence staff judged whose document has since left the index (its file changed or was removed). */
    static Evidence gone(String id, Judgement judgement) {
        return new Evidence(id, EvidenceId.documentOf(id), null, null, null, null, null, null, 0, 0, "", 0,
                List.of(), judgement);
    }

    Evidence judged(Judgement j) {
        return new Evidence(id, documentId, sectionId, title, kind, date, symbol, path, start, end, text, score,
                reasons, j);
    }

    /** The passage from its middle sentence on, white space collapsed: what a reader should see first. */
    public String fromMiddle() {
        int middle = EvidenceId.offsetOf(id) - start;
        return (middle > 0 && middle < text.length() ? text.substring(middle) : text).strip().replaceAll("\\s+", " ");
    }

    /** Whether it shows the commitment was followed up: confirmed always, rejected never, else by score. */
    public boolean counts() {
        if (judgement != null) {
            return judgement.confirmed();
        }
        return score >= FollowUps.EVIDENCE;
    }
}
