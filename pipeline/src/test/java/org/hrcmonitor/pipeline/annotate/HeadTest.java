package org.hrcmonitor.pipeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flattening a head by hand gives what the two regular expressions it replaced gave: a hyphen, spaces or tabs, a
 * line break and spaces before a lower-case letter join the word; any other run of white space is one space.
 */
class HeadTest {
    private static final Path SHARED = Path.of(System.getProperty("hrc.shared", "../shared"));
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\R\\s*(?=\\p{Ll})");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static String byExpressions(String text) {
        return SPACE.matcher(LINE_END_HYPHEN.matcher(text).replaceAll("$1-")).replaceAll(" ").strip();
    }

    @Test
    void brokenWordsAreJoinedAndWhiteSpaceIsOneSpace() {
        assertEquals("the forty-third session", Head.flatten("the forty-\n  third\r\n\tsession "));
        assertEquals("Human Rights- Council", Head.flatten("Human Rights-\nCouncil"), "a capital starts a new word");
        assertEquals("mensen- en vrouwen", Head.flatten("mensen- en\nvrouwen"), "no line end after the hyphen");
        assertEquals("a - b", Head.flatten("a -\nb"), "no letter before the hyphen");
    }

    @Test
    void sameAsTheRegularExpressionsOnRealText() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(SHARED.resolve("corpus"))) {
            files = all.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertEquals(byExpressions(text), Head.flatten(text), f.toString());
        }
        assertTrue(files.size() >= 5, files.size() + " files");
    }

    @Test
    void sameAsTheRegularExpressionsOnRandomText() {
        // the last two are letters outside the Basic Multilingual Plane, a capital and a small one
        String[] alphabet = {"a", "z", "B", "é", "ß", "Ω", "-", "-", " ", " ", "\t", "\n", "\r", "\f", "\u000B",
            "\u0085", "\u2028", "\u2029", "\u00A0", "7", ".", "\uD835\uDC00", "\uD835\uDC1A"};
        Random random = new Random(42);
        int joins = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertEquals(byExpressions(t), Head.flatten(t), () -> t.chars().mapToObj(c -> String.format("\\u%04x", c))
                    .reduce("", String::concat));
            joins += LINE_END_HYPHEN.matcher(t).find() ? 1 : 0;
        }
        assertTrue(joins > 100, joins + " texts with a broken word");
    }
}
