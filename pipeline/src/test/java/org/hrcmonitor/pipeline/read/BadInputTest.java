package org.hrcmonitor.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.annotate.Annotator;
import org.hrcmonitor.pipeline.fixtures.BadFiles;
import org.hrcmonitor.pipeline.source.FileSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A folder of nasty inputs replayed through {@link Readers}: each file either reads or fails with a {@link
 * ReadException} whose reason names the problem. No other exception escapes and nothing hangs.
 */
class BadInputTest {
    private static final Readers READERS = new Readers();

    /**
     * The outcome per file: "reads: " and the whole text, or "fails: " and the reason up to its detail (the part after
     * the first colon comes from the parser library and changes between versions).
     */
    private static final Map<String, String> OUTCOMES = Map.of(
            "empty.txt", "fails: empty file",
            "encrypted.pdf", "fails: encrypted (password-protected)",
            "truncated.pdf", "fails: corrupt or unreadable application/pdf",
            "truncated.docx", "fails: corrupt or unreadable "
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "random-bytes.pdf", "fails: corrupt or unreadable application/pdf",
            "broken.html", "reads: First paragraph about press freedom\n\nSecond paragraph about journalists",
            // no text layer: blank text, which the pipeline reports as "needs OCR"
            "scanned.pdf", "reads: ");

    @TempDir
    static Path nasty;

    @BeforeAll
    static void writeNastyInputs() throws IOException {
        BadFiles.empty(nasty.resolve("empty.txt"));
        BadFiles.encryptedPdf(nasty.resolve("encrypted.pdf"));
        BadFiles.truncatedPdf(nasty.resolve("truncated.pdf"));
        BadFiles.truncatedDocx(nasty.resolve("truncated.docx"));
        BadFiles.randomBytes(nasty.resolve("random-bytes.pdf"));
        BadFiles.brokenHtml(nasty.resolve("broken.html"));
        BadFiles.imageOnlyPdf(nasty.resolve("scanned.pdf"));
    }

    static Stream<Path> nastyInputs() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(nasty)) {
            files = list.sorted().toList();
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nastyInputs")
    void readsOrFailsWithAReason(Path file) {
        String expected = OUTCOMES.get(file.getFileName().toString());
        assertEquals(expected, assertTimeoutPreemptively(Duration.ofSeconds(30), () -> outcome(file)));
    }

    @Test
    void aParserOverTheTimeLimitFailsTheFile(@TempDir Path folder) throws IOException {
        Path large = BadFiles.largeText(folder.resolve("large.txt"), 8);
        ReadException e = assertThrows(ReadException.class,
                () -> new Readers(Duration.ofMillis(1)).read(FileSource.describe(large)));
        assertTrue(e.getMessage().startsWith("parsing took longer than"), e.getMessage());
    }

    @Test
    void aSubSecondTimeLimitIsReportedAsSet(@TempDir Path folder) throws IOException {
        Path large = BadFiles.largeText(folder.resolve("large.txt"), 8);
        ReadException e = assertThrows(ReadException.class,
                () -> new Readers(Duration.ofMillis(1)).read(FileSource.describe(large)));
        assertFalse(e.getMessage().contains(" 0 s"), e.getMessage());
    }

    @Test
    void annotationIsUnderTheTimeLimitToo(@TempDir Path folder) throws IOException {
        Path note = Files.writeString(folder.resolve("note.txt"), "The Council met.");
        Annotator stuck = doc -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // as a model in a long loop would: it does not look at interrupts
                }
            }
        };
        Pipeline pipeline = new Pipeline(new Readers(Duration.ofMillis(300)), List.of(stuck));
        ReadException e = assertThrows(ReadException.class, () -> pipeline.process(FileSource.describe(note)));
        assertEquals("reading and annotating took longer than 300 ms; gave up", e.getMessage());
    }

    private static String outcome(Path file) throws IOException {
        try {
            return "reads: " + READERS.read(FileSource.describe(file)).text().strip();
        } catch (ReadException e) {
            return "fails: " + e.getMessage().split(":", 2)[0];
        }
    }
}
