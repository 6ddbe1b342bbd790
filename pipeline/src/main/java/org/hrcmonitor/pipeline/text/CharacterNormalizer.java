package org.hrcmonitor.pipeline.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Character-level clean-up of extracted text, before any line is joined: search must match "fi" typed by a user
 * against a PDF's "ﬁ", and must not see a word split by a zero-width or soft hyphen that a reader never sees.
 *
 * <p>The result uses only {@code \n} as line break, single plain spaces, no spaces at the start or end of a line,
 * and no control or invisible format characters. A soft hyphen at the end of a line marks a hyphenation point by
 * definition, so the word is rejoined right here; everywhere else soft hyphens are simply dropped.
 */
final class CharacterNormalizer {
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\f\u000B\u0085\u2028]");
    private static final Pattern ODD_SPACES = Pattern.compile("[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]");
    /** Zero-width characters and bidi marks: invisible, but they split words for the tokenizer. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\n]]");
    private static final Pattern SOFT_HYPHEN_AT_LINE_END = Pattern.compile("\u00AD *\n *(?=\\S)");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACES_AROUND_LINES = Pattern.compile("(?m)^ +| +$");

    private static final String[][] LIGATURES = {
        {"\uFB00", "ff"}, {"\uFB01", "fi"}, {"\uFB02", "fl"}, {"\uFB03", "ffi"}, {"\uFB04", "ffl"},
        {"\uFB05", "st"}, {"\uFB06", "st"},
    };

    private CharacterNormalizer() {
    }

    static String normalize(String raw) {
        String text = LINE_BREAKS.matcher(raw).replaceAll("\n").replace("\u2029", "\n\n");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (String[] ligature : LIGATURES) {
            text = text.replace(ligature[0], ligature[1]);
        }
        text = ODD_SPACES.matcher(text).replaceAll(" ");
        text = INVISIBLE.matcher(text).replaceAll("");
        text = CONTROLS.matcher(text).replaceAll("");
        text = SOFT_HYPHEN_AT_LINE_END.matcher(text).replaceAll("").replace("\u00AD", "");
        text = SPACES.matcher(text).replaceAll(" ");
        return SPACES_AROUND_LINES.matcher(text).replaceAll("");
    }
}
