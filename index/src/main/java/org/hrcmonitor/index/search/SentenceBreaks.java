package org.hrcmonitor.index.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Passage boundaries for the highlighter from the sentences the pipeline found at ingest (the stored sentence layer),
 * looked up by the text being highlighted. The JDK's rule-based sentence iterator re-scanned long reports around
 * every match and took a fifth of a search's time; here every boundary is a binary search. A text whose sentences
 * are not known (an index from before sentences were stored) is split once by the JDK's iterator.
 */
final class SentenceBreaks extends BreakIterator {
    private final Map<String, int[]> known;
    private String text = "";
    private int[] bounds = {0};
    private int at;

    /**
     * @param known sorted boundaries (0 and the text's length included) by the very text instance they split: the
     *              highlighter hands over the string it loaded, and hashing a report's text to look it up would cost
     *              what this saves
     */
    SentenceBreaks(Map<String, int[]> known) {
        this.known = known;
    }

    /** Boundaries from sentence offsets ({@code start0, end0, ...}): 0, each offset and the end, sorted, distinct. */
    static int[] boundaries(int length, int[] offsets) {
        int[] all = new int[offsets.length + 2];
        all[0] = 0;
        all[1] = length;
        for (int i = 0; i < offsets.length; i++) {
            all[i + 2] = Math.min(Math.max(offsets[i], 0), length);
        }
        Arrays.sort(all);
        int n = 0;
        for (int b : all) {
            if (n == 0 || all[n - 1] != b) {
                all[n++] = b;
            }
        }
        return Arrays.copyOf(all, n);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        int[] b = known.get(newText);
        bounds = b != null ? b : byRules(newText);
        at = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            s.append(c);
        }
        setText(s.toString());
    }

    private static int[] byRules(String text) {
        BreakIterator rules = BreakIterator.getSentenceInstance(Locale.ROOT);
        rules.setText(text);
        int[] b = new int[16];
        int n = 0;
        for (int i = rules.first(); i != DONE; i = rules.next()) {
            if (n == b.length) {
                b = Arrays.copyOf(b, n * 2);
            }
            b[n++] = i;
        }
        return Arrays.copyOf(b, n);
    }

    @Override
    public int first() {
        at = 0;
        return bounds[at];
    }

    @Override
    public int last() {
        at = bounds.length - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        if (target < 0 || target >= bounds.length) {
            at = target < 0 ? 0 : bounds.length - 1;
            return DONE;
        }
        at = target;
        return bounds[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int i = Arrays.binarySearch(bounds, offset);
        int after = i >= 0 ? i + 1 : -i - 1;
        if (after >= bounds.length) {
            at = bounds.length - 1;
            return DONE;
        }
        at = after;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        int i = Arrays.binarySearch(bounds, offset);
        int before = (i >= 0 ? i : -i - 1) - 1;
        if (before < 0) {
            at = 0;
            return DONE;
        }
        at = before;
        return bounds[at];
    }

    @Override
    public int current() {
        return bounds[at];
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }
}
