package org.hrcmonitor.cli.followup;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hrcmonitor.cli.output.Table;
import org.hrcmonitor.index.IndexedCommitment;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.index.followup.Evidence;
import org.hrcmonitor.index.followup.FollowUp;
import org.hrcmonitor.index.followup.Reason;
import org.hrcmonitor.pipeline.document.TimeFrame;

/** Follow-up for people: one commitment with its evidence passages, or a table of many. */
final class FollowUpText {
    /** Characters of a passage shown on a terminal; JSON has it whole. */
    private static final int PASSAGE = 420;
    private static final int SENTENCE = 70;

    private FollowUpText() {}

    static void detail(FollowUp f, FollowUpView view, PrintWriter out) throws IOException {
        IndexedCommitment c = f.commitment();
        out.printf("%s · %s%n", c.id(), f.status().id());
        out.println("  “" + c.sentence() + "”");
        Optional<IndexedDocument> doc = view.document(c.documentId());
        out.printf("  from %s · %s · %s%n", doc.map(d -> d.title().isBlank() ? "(untitled)" : d.title()).orElse("?"),
                c.documentDate() == null ? "undated" : c.documentDate(), c.documentId());
        out.printf("  actor %s%s%s%s%n", c.actor(), list(" · partners ", c.partners()), list(" · themes ", c.themes()),
                list(" · countries ", c.countries()));
        if (c.timeframe() != null) {
            out.println("  when " + timeframe(c.timeframe()));
        }
        if (f.evidence().isEmpty()) {
            out.println("\n  No passage of a later document shares enough with it.");
        }
        int rank = 1;
        for (Evidence e : f.evidence()) {
            out.printf("%n%2d. %.2f  %s%n", rank++, e.score(), e.title() == null ? "(document no longer in the index)"
                    : e.title().isBlank() ? "(untitled)" : e.title());
            if (e.title() != null) {
                out.printf("    %s · %s%s · %s%n", e.kind(), e.date() == null ? "undated" : e.date(),
                        e.symbol() == null ? "" : " · " + e.symbol(), e.path());
            }
            out.printf("    evidence %s%s%n", e.id(), judgement(e));
            if (!e.reasons().isEmpty()) {
                out.println("    why: " + e.reasons().stream().map(Reason::toString).collect(Collectors.joining("; ")));
            }
            if (!e.text().isEmpty()) {
                String whole = e.text().strip().replaceAll("\\s+", " ");
                out.println("      … " + cut(whole.length() <= PASSAGE ? whole : e.fromMiddle(), PASSAGE) + " …");
            }
        }
        out.flush();
    }

    /** One row per commitment: where it stands and its deciding evidence. */
    static void table(List<FollowUp> all, PrintWriter out) {
        Table t = new Table("commitment", "date", "status", "evidence", "score", "in", "sentence");
        for (FollowUp f : all) {
            IndexedCommitment c = f.commitment();
            Optional<Evidence> best = FollowUpView.best(f);
            t.row(c.id(), c.documentDate(), f.status().id(), best.map(Evidence::id).orElse(""),
                    best.map(e -> String.format(Locale.ROOT, "%.2f", e.score())).orElse(""),
                    best.map(e -> e.symbol() == null ? "" : e.symbol()).orElse(""), cut(c.sentence(), SENTENCE));
        }
        t.print(out);
        out.printf("%d commitment%s%n", all.size(), all.size() == 1 ? "" : "s");
        out.flush();
    }

    private static String judgement(Evidence e) {
        if (e.judgement() == null) {
            return e.counts() ? " · counts" : "";
        }
        return " · " + e.judgement().verdict() + (e.judgement().note() == null ? "" : ": " + e.judgement().note());
    }

    static String timeframe(TimeFrame t) {
        String range = t.from() == null && t.to() == null ? ""
                : " (" + (t.from() == null ? "…" : t.from()) + " to " + (t.to() == null ? "…" : t.to()) + ")";
        return "“" + t.text() + "”" + range;
    }

    private static String list(String label, List<String> values) {
        return values.isEmpty() ? "" : label + String.join(" ", values);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
