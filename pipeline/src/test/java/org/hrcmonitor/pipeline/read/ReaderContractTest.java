package org.hrcmonitor.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.fixtures.Fixtures;
import org.hrcmonitor.pipeline.source.FileSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every reader promises, checked on one file per format: the media type found by content, the words of the
 * text, the content hash and an absolute path. Text formats come from the sample corpus, binary ones are generated.
 */
class ReaderContractTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Readers READERS = new Readers();
    private static final Path CORPUS = Path.of(System.getProperty("hrc.root", ".."), "corpus");
    private static final List<String> PARAGRAPHS = List.of("A/HRC/RES/45/18 The safety of journalists",
            "The Human Rights Council calls upon all States to release journalists détenus arbitrairement.");

    @TempDir
    static Path generated;

    /** One file of a format, the media type it must be detected as, and words its text must contain. */
    record Format(String name, Path file, String mediaType, List<String> words) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void writeBinaryFormats() throws IOException {
        Fixtures.pdf(generated.resolve("resolution.pdf"), PARAGRAPHS);
        Fixtures.docx(generated.resolve("resolution.docx"), PARAGRAPHS);
        Fixtures.odt(generated.resolve("resolution.odt"), PARAGRAPHS);
        Fixtures.rtf(generated.resolve("resolution.rtf"), PARAGRAPHS);
        Fixtures.docx(generated.resolve("resolution-saved-as.doc"), PARAGRAPHS);
    }

    static List<Format> formats() {
        List<String> generatedWords = List.of("A/HRC/RES/45/18", "journalists", "détenus");
        return List.of(
                new Format("txt", corpus("letters/2020-02-14-kamerbrief-prioriteiten-mensenrechtenraad.txt"),
                        "text/plain", List.of("Saoedi-", "persvrijheid", "doodstraf", "Xinjiang")),
                new Format("md", corpus("resolutions/A_HRC_RES_44_12.md"),
                        "text/markdown", List.of("A/HRC/RES/44/12", "press freedom")),
                new Format("html", corpus("letters/2021-03-05-kamerbrief-hrc46.html"),
                        "text/html", List.of("persvrijheid", "Xinjiang")),
                new Format("xml", corpus("resolutions/A_HRC_RES_45_18.xml"),
                        "application/xml", List.of("A/HRC/RES/45/18", "journalists")),
                new Format("tei", corpus("session-records/2021-02-18-commissiedebat-mensenrechtenraad.xml"),
                        "application/xml", List.of("Saoedi-Arabië", "doodstraf", "Mevrouw De Vries")),
                new Format("rtf by hand", corpus("letters/2021-06-21-letter-to-high-commissioner.rtf"),
                        "application/rtf", List.of("Côte d’Ivoire", "death penalty", "Xinjiang – a request")),
                new Format("rtf", generated.resolve("resolution.rtf"), "application/rtf", generatedWords),
                new Format("pdf", generated.resolve("resolution.pdf"), "application/pdf", generatedWords),
                new Format("docx", generated.resolve("resolution.docx"), DOCX, generatedWords),
                new Format("odt", generated.resolve("resolution.odt"),
                        "application/vnd.oasis.opendocument.text", generatedWords),
                new Format("docx named .doc", generated.resolve("resolution-saved-as.doc"), DOCX, generatedWords));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void mediaTypeIsDetectedByContent(Format format) throws Exception {
        assertEquals(format.mediaType(), read(format).mediaType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void textHasTheDocumentsWords(Format format) throws Exception {
        String text = read(format).text();
        for (String word : format.words()) {
            assertTrue(text.contains(word), () -> "'" + word + "' missing from:\n" + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void hashIsTheSha256OfTheFile(Format format) throws Exception {
        assertEquals(sha256(format.file()), read(format).hash());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void pathIsAbsoluteAndNormalised(Format format) throws Exception {
        assertEquals(format.file().toAbsolutePath().normalize().toString(), read(format).path());
    }

    private static SourceDocument read(Format format) throws IOException, ReadException {
        return READERS.read(FileSource.describe(format.file()));
    }

    private static Path corpus(String file) {
        return CORPUS.resolve(file);
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
