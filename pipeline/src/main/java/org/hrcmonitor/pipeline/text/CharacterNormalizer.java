package org.hrcmonitor.pipeline.text;

import java.text.Normalizer;

/**
 * Character-level clean-up of extracted text, before any line is joined: search must match "fi" typed by a user
 * against a PDF's "ﬁ", and must not see a word split by a zero-width or soft hyphen that a reader never sees.
 *
 * <p>The result uses only {@code \n} as line break, single plain spaces, no spaces at the start or end of a line,
 * and no control or invisible format characters. A soft hyphen at the end of a line marks a hyphenation point by
 * definition, so the word is rejoined right here; everywhere else soft hyphens are simply dropped.
 */
final class CharacterNormalizer {
    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"}; // U+FB00 to U+FB06

    private CharacterNormalizer() {
    }

    /**
     * One pass over the text after NFC: nine regular-expression passes over every report took a quarter of the
     * clean-up's time.
     */
    static String normalize(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int lineStart = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int breaks = lineBreaks(text, i);
            if (breaks > 0) {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                for (int b = 0; b < breaks; b++) {
                    out.append('\n');
                }
                lineStart = out.length();
                space = false;
            } else if (c == ' ' || isOddSpace(c)) {
                space = out.length() > lineStart;
            } else if (c == '\u00AD') {
                int next = wordGoesOnAt(text, i + 1);
                if (next > 0) {
                    i = next - 1;
                }
            } else if (!isInvisible(c) && !isControl(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                if (c >= '\uFB00' && c <= '\uFB06') {
                    out.append(LIGATURES[c - '\uFB00']);
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** How many line breaks the character at {@code i} stands for: 0, 1, or 2 for a paragraph separator. */
    private static int lineBreaks(String text, int i) {
        return switch (text.charAt(i)) {
            case '\n', '\r', '\f', '\u000B', '\u0085', '\u2028' -> 1;
            case '\u2029' -> 2;
            default -> 0;
        };
    }

    /**
     * Where the word continues when a soft hyphen ends its line (only spaces, then one line break, then spaces, then
     * text); -1 when it does not, and the soft hyphen is simply dropped.
     */
    private static int wordGoesOnAt(String text, int from) {
        int i = skipSpaces(text, from);
        if (i >= text.length() || lineBreaks(text, i) != 1) {
            return -1;
        }
        i += text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        i = skipSpaces(text, i);
        return i < text.length() && lineBreaks(text, i) == 0 ? i : -1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && lineBreaks(text, i) == 0
                && (text.charAt(i) == ' ' || isOddSpace(text.charAt(i)) || isInvisible(text.charAt(i))
                        || isControl(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isOddSpace(char c) {
        return c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /** Zero-width characters and bidi marks: invisible, but they split words for the tokenizer. */
    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || c == '\uFEFF';
    }

    private static boolean isControl(char c) {
        return c < ' ' || (c >= '\u007F' && c <= '\u009F');
    }
}
