package org.hrcmonitor.pipeline.annotate;

import java.util.regex.Pattern;

/**
 * The text helpers the header rules share. Documents can be huge and headers are not, so rules look only at the first
 * characters ({@link #of}); and they read them as one line ({@link #flatten}), so they work the same on a raw
 * extraction, whose lines break mid-sentence, and on cleaned text.
 */
final class Head {
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\R\\s*(?=\\p{Ll})");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Head() {}

    /** The first {@code chars} characters of {@code text}, or all of it. */
    static String of(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars) : text;
    }

    /** {@link #of} read as one line. */
    static String flat(String text, int chars) {
        return flatten(of(text, chars));
    }

    /** Line breaks and runs of spaces become one space, and a word broken at a line end ("forty-\nthird") is joined. */
    static String flatten(String text) {
        return SPACE.matcher(LINE_END_HYPHEN.matcher(text).replaceAll("$1-")).replaceAll(" ").strip();
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
