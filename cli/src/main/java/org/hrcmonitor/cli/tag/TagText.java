package org.hrcmonitor.cli.tag;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code hrc tag} for people: countries with their mentions, themes with their strongest sentence, commitments with
 * what was extracted from them.
 */
final class TagText {
    private TagText() {}

    static void print(TagResult r, PrintWriter out) {
        out.printf("language: %s%n%ncountries (%d)%n", r.lang(), r.countries().size());
        for (TagResult.Country c : r.countries()) {
            out.printf("  %s  %-28s %2d× %s%n", c.code(), c.name(), c.mentions().size(),
                    c.mentions().stream().map(TagResult.Mention::text).distinct().collect(Collectors.joining(", ")));
        }
        out.printf("%nthemes (%d)%n", r.themes().size());
        for (TagResult.Theme t : r.themes()) {
            out.printf(Locale.ROOT, "  %-24s %.2f  %2d sentences  %s%n", t.id(), t.score(), t.count(), t.label());
            if (!t.sentences().isEmpty()) {
                out.println("      “" + t.sentences().get(0) + "”");
            }
        }
        out.printf("%ncommitments (%d)%n", r.commitments().size());
        for (TagCommitment c : r.commitments()) {
            out.printf("  %s  %s: %s%n      “%s”%n", c.id(), c.actor(), c.action(), c.text());
            List<String> details = new ArrayList<>();
            if (!c.partners().isEmpty()) {
                details.add("with " + String.join(", ", c.partners()));
            }
            if (c.timeframe() != null) {
                details.add("when " + c.timeframe().text() + " (" + orOpen(c.timeframe().from()) + " to "
                        + orOpen(c.timeframe().to()) + ")");
            }
            if (!c.quantities().isEmpty()) {
                details.add("amount " + String.join(", ", c.quantities()));
            }
            if (!c.themes().isEmpty()) {
                details.add("themes " + String.join(", ", c.themes()));
            }
            if (!details.isEmpty()) {
                out.println("      " + String.join("; ", details));
            }
        }
    }

    private static String orOpen(Object date) {
        return date == null ? "?" : date.toString();
    }
}
