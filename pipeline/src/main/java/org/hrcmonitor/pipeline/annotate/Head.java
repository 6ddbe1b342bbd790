package org.hrcmonitor.pipeline.annotate;

/**
 * The text helpers the header rules share. Documents can be huge and headers are not, so rules look only at the first
 * characters ({@link #of}); and they read them as one line ({@link #flatten}), so they work the same on a raw
 * extraction, whose lines break mid-sentence, and on cleaned text.
 */
final class Head {
    private Head() {}

    /** The first {@code chars} characters of {@code text}, or all of it. */
    static String of(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars) : text;
    }

    /** {@link #of} read as one line. */
    static String flat(String text, int chars) {
        return flatten(of(text, chars));
    }

    /**
     * Line breaks and runs of spaces become one space, and a word broken at a line end ("forty-\nthird") is joined.
     * Scanned by hand: every header rule calls this, and two regular expressions over each head were 2.6% of ingest
     * time outside Tika.
     */
    static String flatten(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int joined = c == '-' && i > 0 && Character.isLetter(text.codePointBefore(i))
                    ? brokenWordGoesOn(text, i + 1) : -1;
            if (joined >= 0) {
                flat.append('-');
                i = joined;
            } else if (isSpace(c)) {
                flat.append(' ');
                while (i < text.length() && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                flat.append(c);
                i++;
            }
        }
        return flat.toString().strip();
    }

    /**
     * Where a word broken after a hyphen goes on, if {@code from} starts a line end (spaces or tabs, one line break,
     * any spaces) before a lower-case letter; else -1.
     */
    private static int brokenWordGoesOn(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == text.length() || !isLineBreak(text.charAt(i))) {
            return -1;
        }
        i++;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.getType(text.codePointAt(i)) == Character.LOWERCASE_LETTER ? i : -1;
    }

    /** White space as a regular expression's {@code \s} has it by default: ASCII only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A heading or title as one line, cut at the last whole word within {@code max} characters. */
    static String shorten(String text, int max) {
        String flat = flatten(text);
        if (flat.length() <= max) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', max);
        return (space > 0 ? flat.substring(0, space) : flat.substring(0, max)).strip();
    }
}
