package org.hrcmonitor.cli.tag;

import java.time.LocalDate;
import java.util.List;
import org.hrcmonitor.pipeline.document.Commitment;
import org.hrcmonitor.pipeline.document.Document;

/**
 * One commitment as {@code hrc tag} reports it: the sentence with its offsets and what was extracted from it.
 *
 * @param timeframe null when the sentence gives none
 */
record TagCommitment(String id, String text, int start, int end, String actor, String action, List<String> themes,
                     List<String> countries, List<String> partners, Frame timeframe, List<String> quantities) {

    /** @param from null when open or unknown @param to null when open or unknown */
    record Frame(String text, LocalDate from, LocalDate to) {}

    static TagCommitment of(Document doc, Commitment c) {
        Frame frame = c.timeframe() == null ? null
                : new Frame(c.timeframe().text(), c.timeframe().from(), c.timeframe().to());
        return new TagCommitment(c.id(), doc.textOf(c.sentence()), c.sentence().start(), c.sentence().end(),
                c.actor(), c.action(), c.themes(), c.countries(), c.partners(), frame, c.quantities());
    }
}
