package org.hrcmonitor.index.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into short snippets with {@code <mark>} around matches.
 *
 * <p>A passage is a sentence, and sentences in resolutions run to a page ("Calls upon ...; Urges ...; Decides ...").
 * A snippet keeps a window of about {@value #BEFORE} characters before the first match of the passage and
 * {@value #AFTER} after its last, cut at spaces, so a hit list stays readable.
 */
final class Snippets extends PassageFormatter {
    private static final int BEFORE = 80;
    private static final int AFTER = 160;
    /** The highlighter wants one string per document; clean-up removed control characters, so this one is free. */
    private static final String SEPARATOR = "\u001f";

    @Override
    public String format(Passage[] passages, String content) {
        List<String> snippets = new ArrayList<>();
        for (Passage p : passages) {
            if (p.getNumMatches() == 0) {
                continue;
            }
            int first = p.getMatchStarts()[0];
            int last = p.getMatchEnds()[p.getNumMatches() - 1];
            int from = cutAtSpace(content, Math.max(p.getStartOffset(), first - BEFORE), first, true);
            int to = cutAtSpace(content, Math.min(p.getEndOffset(), last + AFTER), last, false);
            StringBuilder s = new StringBuilder();
            int pos = from;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(p.getMatchStarts()[i], pos);
                int end = Math.min(p.getMatchEnds()[i], to);
                if (start >= end) {
                    continue;
                }
                s.append(content, pos, start).append("<mark>").append(content, start, end).append("</mark>");
                pos = end;
            }
            s.append(content, pos, to);
            snippets.add(s.toString().replaceAll("\\s+", " ").strip());
        }
        return String.join(SEPARATOR, snippets);
    }

    /** The snippets of one field of one hit, as {@link #format} joined them. */
    static List<String> split(String formatted) {
        return formatted == null || formatted.isEmpty() ? List.of() : List.of(formatted.split(SEPARATOR));
    }

    /** Moves a window edge to the nearest space towards the match, so no word is cut in half. */
    private static int cutAtSpace(String content, int edge, int match, boolean left) {
        if (left) {
            for (int i = edge; i < match; i++) {
                if (i == 0 || Character.isWhitespace(content.charAt(i - 1))) {
                    return i;
                }
            }
            return match;
        }
        for (int i = edge; i > match; i--) {
            if (i == content.length() || Character.isWhitespace(content.charAt(i))) {
                return i;
            }
        }
        return match;
    }
}
