package org.hrcmonitor.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one block of lines (text between blank lines) into paragraphs and joins each paragraph's lines.
 *
 * <p>Extractors give two kinds of blocks, and a line end means opposite things in them:
 * <ul>
 *   <li><b>Hard-wrapped</b> (PDF, wrapped plain text): a line ends where the page was full, so lines are joined
 *       unless the line is clearly short (under {@value #SHORT} of the block's typical width) and the next line looks
 *       like a paragraph start (uppercase, digit, quote, bracket) and the short line does not end in a comma or dash
 *       — the last line of a paragraph or a heading is short, a line inside one is not. A list or heading marker
 *       ("1.", "(a)", "•", "Article 3") starts a paragraph after a short line or a line ending a sentence, not after
 *       a full line that stops mid-sentence ("in accordance with / Article 3 of the Covenant").</li>
 *   <li><b>One paragraph per line</b> (DOCX, HTML, many plain text files): recognised because the block's typical
 *       line is longer than any printed line ({@value #LONGEST_PRINTED_LINE} characters). Every line is a paragraph,
 *       except that a page break can still cut one: the next line is joined when it starts in lowercase, or when
 *       this line is longer than a printed line yet does not end a sentence, and the next line is no list item.</li>
 * </ul>
 * The typical width is the 75th percentile of line lengths, so short headings and last lines do not pull it down.
 */
final class Reflow {
    static final double SHORT = 0.8;
    static final int LONGEST_PRINTED_LINE = 120;

    private static final Pattern MARKER = Pattern.compile(
            "(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]|\\((?:[a-z]|[ivx]{1,5}|\\d{1,3})\\)|[a-zA-Z][.)]|[IVX]{1,5}\\."
                    + "|[-•◦▪●‣*\uF0A7\uF0B7]) .*"
                    + "|(?:Article|Artikel|Chapter|Hoofdstuk) (?:\\d+|[IVX]+)\\b.*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][)\\]»”’\"']*");
    private static final Pattern STARTS_PARAGRAPH = Pattern.compile("[\\p{Lu}\\p{N}(\\[«“‘\"'].*");
    private static final Pattern RUNS_ON = Pattern.compile(".*[,\\-\u2010–—/&]");

    private Reflow() {
    }

    /** The paragraphs of a block of non-empty, trimmed lines. */
    static List<String> paragraphs(List<String> lines, Dehyphenator dehyphenator) {
        int width = typicalWidth(lines);
        boolean onePerLine = width > LONGEST_PRINTED_LINE;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i - 1);
            String next = lines.get(i);
            boolean breaks = onePerLine ? !continuesOnNextLine(line, next) : endsParagraph(line, next, width);
            if (breaks) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
                paragraph.append(next);
            } else {
                dehyphenator.append(paragraph, next);
            }
        }
        paragraphs.add(paragraph.toString());
        return paragraphs;
    }

    private static boolean endsParagraph(String line, String next, int width) {
        boolean shortLine = line.length() < SHORT * width;
        if (MARKER.matcher(next).matches()) {
            return shortLine || ENDS_SENTENCE.matcher(line).matches();
        }
        return shortLine && STARTS_PARAGRAPH.matcher(next).matches() && !RUNS_ON.matcher(line).matches();
    }

    private static boolean continuesOnNextLine(String line, String next) {
        if (MARKER.matcher(next).matches()) {
            return false;
        }
        boolean cutOff = line.length() > LONGEST_PRINTED_LINE && !ENDS_SENTENCE.matcher(line).matches();
        // a line ending in a comma or a hyphen ("Saoedi-") stops mid-sentence, even where lines are paragraphs
        return cutOff || RUNS_ON.matcher(line).matches() || Character.isLowerCase(next.codePointAt(0));
    }

    private static int typicalWidth(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        return lengths[(3 * (lengths.length - 1) + 3) / 4];
    }
}
