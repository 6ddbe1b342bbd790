package org.hrcmonitor.pipeline.annotate;

import java.util.regex.Pattern;

/**
 * The start of a document as one line, for the rules that read a header: line breaks and runs of spaces become one
 * space and a word broken at a line end ("forty-\nthird") is joined, so the rules work the same on a raw extraction and
 * on cleaned text. Documents can be huge; headers are not, so only the first characters are looked at.
 */
final class Head {
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\R\\s*(?=\\p{Ll})");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Head() {}

    static String flat(String text, int chars) {
        String head = text.length() > chars ? text.substring(0, chars) : text;
        return SPACE.matcher(LINE_END_HYPHEN.matcher(head).replaceAll("$1-")).replaceAll(" ").strip();
    }
}
