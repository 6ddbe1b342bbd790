package org.hrcmonitor.pipeline.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a commitment is to be carried out, as written and as resolved against the document's date.
 *
 * @param text the words that say it ("het komend jaar", "in 2020–2022")
 * @param from the first day it covers, or null if open or unknown
 * @param to   the last day, after which a commitment without evidence is overdue; null if open or unknown
 */
public record TimeFrame(String text, LocalDate from, LocalDate to) {
    public TimeFrame {
        Objects.requireNonNull(text, "text");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("time frame ends before it starts: " + from + " to " + to);
        }
    }
}
