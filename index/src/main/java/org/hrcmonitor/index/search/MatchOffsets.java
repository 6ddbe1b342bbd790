package org.hrcmonitor.index.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Formats a passage as the offsets of its matches ({@code start-end start-end}): with one passage over the whole
 * text, that is where every match is, which an export per sentence maps onto the stored sentences.
 */
final class MatchOffsets extends PassageFormatter {
    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage p : passages) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                out.append(p.getMatchStarts()[i]).append('-').append(p.getMatchEnds()[i]).append(' ');
            }
        }
        return out.toString();
    }

    static BreakIterator wholeText() {
        return new WholeBreakIterator();
    }

    static List<int[]> parse(String formatted) {
        List<int[]> offsets = new ArrayList<>();
        if (formatted == null) {
            return offsets;
        }
        for (String pair : formatted.strip().split(" ")) {
            int dash = pair.indexOf('-');
            if (dash > 0) {
                offsets.add(new int[] {Integer.parseInt(pair.substring(0, dash)), Integer.parseInt(pair.substring(dash + 1))});
            }
        }
        return offsets;
    }
}
