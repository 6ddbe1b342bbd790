package org.hrcmonitor.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clean-up may drop whitespace and the hyphens of rejoined words, nothing else: every other character of the
 * character-normalized input must reach the output, in order.
 */
class NeverLoseTextTest {
    private final TextCleaner cleaner = new TextCleaner();

    @ParameterizedTest
    @CsvSource({
        SharedFiles.LETTER + ", UTF-8",
        "corpus/session-records/netherlands2012.txt, x-MacRoman",
        "corpus/session-records/parlamint-nl/ParlaMint-NL_2019-05-16-tweedekamer-11.txt, UTF-8",
    })
    void realDocumentsKeepAllText(String file, String charset) throws IOException {
        String raw = SharedFiles.read(file, Charset.forName(charset));
        assertEquals("", firstLoss(raw));
    }

    @Test
    void nastyTextKeepsAllText() {
        String raw = "\uFEFFTitel\r\n\r\nDe Mensen-\r\nrechtenraad, VN-\nforum en Saoedi-\nArabië\f"
                + "1. punt;\n(a) sub\u00AD\npunt\u200B -\n2020 –\n2022\u00A0\u00A0\tslot.\n\n\n - \n";
        assertEquals("", firstLoss(raw));
    }

    /** Where the output first differs from the input other than by a dropped hyphen; empty if nowhere. */
    private String firstLoss(String raw) {
        String in = CharacterNormalizer.normalize(raw).replaceAll("\\s+", "");
        String out = cleaner.clean(raw).text().replaceAll("\\s+", "");
        int i = 0;
        int o = 0;
        while (i < in.length()) {
            if (o < out.length() && in.charAt(i) == out.charAt(o)) {
                o++;
            } else if (in.charAt(i) != '-') {
                return "lost at input " + i + ": " + in.substring(Math.max(0, i - 30), Math.min(in.length(), i + 30));
            }
            i++;
        }
        return o == out.length() ? "" : "extra output at " + o + ": " + out.substring(o, Math.min(out.length(), o + 60));
    }
}
