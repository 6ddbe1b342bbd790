package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.search.Sort;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.pipeline.fixtures.BadFiles;
import org.hrcmonitor.pipeline.fixtures.Fixtures;
import org.hrcmonitor.pipeline.fixtures.HostileFiles;
import org.hrcmonitor.pipeline.read.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One real {@code hrc ingest} process over a folder of hostile files next to a good one, with {@code -Xmx512m} and a
 * temp folder of its own: every file is indexed correctly or fails alone with a reason that names the problem, the good
 * file is indexed, nothing leaks into the index (XXE) and nothing is left in the temp folder.
 *
 * <p>The parser that never returns gets a second process with a short time limit, next to a good file, so that the main
 * batch keeps the default limit: annotating the two files cut off at the text limit (the 100 MB file and the
 * 10-million-character line) takes several seconds each, many more on a busy machine.
 */
class BadInputBatchTest {
    /** The time limit of the batch with the hung parser (its good file loads the models within it, on a busy machine). */
    private static final int TIMEOUT_SECONDS = 20;
    private static final String SECRET = "Kiwi-Lighthouse-4711";
    private static final List<String> GOOD = List.of("A report on the safety of journalists",
            "The Human Rights Council calls upon all States to protect journalists and media workers.");

    @TempDir
    static Path dir;
    static Path input;
    static Path index;
    static Path childTemp;
    static int exit;
    static JsonNode report;
    static JsonNode stuckReport;

    /** What must come of one file: a failure whose reason starts as given, or an indexed text with or without a note. */
    record Expect(String failure, String note, String contains, String lacks) {
        static Expect fails(String reason) {
            return new Expect(reason, null, null, null);
        }

        static Expect indexed(String contains) {
            return new Expect(null, null, contains, null);
        }

        Expect noted(String reason) {
            return new Expect(failure, reason, contains, lacks);
        }

        Expect without(String text) {
            return new Expect(failure, note, contains, text);
        }
    }

    private static final Map<String, Expect> CASES = new HashMap<>();

    static {
        String pdf = "corrupt or unreadable application/pdf";
        String docx = "corrupt or unreadable application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        String odt = "corrupt or unreadable application/vnd.oasis.opendocument.text";
        CASES.put("good.txt", Expect.indexed("media workers"));
        CASES.put("empty.txt", Expect.fails("empty file"));
        CASES.put("random.pdf", Expect.fails(pdf));
        CASES.put("truncated.pdf", Expect.fails(pdf));
        CASES.put("truncated.docx", Expect.fails(docx));
        CASES.put("truncated.odt", Expect.fails(odt));
        CASES.put("corrupted.pdf", Expect.fails(pdf));
        // flipped bytes in the zip's directory leave it recognisable as Office Open XML, not as which kind
        CASES.put("corrupted.docx", Expect.fails("corrupt or unreadable application/x-tika-ooxml"));
        CASES.put("corrupted.odt", Expect.fails(odt));
        CASES.put("encrypted.pdf", Expect.fails("encrypted (password-protected)"));
        CASES.put("protected.docx", Expect.fails("encrypted (password-protected)"));
        CASES.put("bomb.docx", Expect.fails("zip bomb"));
        CASES.put("scripts.html", Expect.indexed("freedom of peaceful assembly").without("tracker"));
        CASES.put("huge.txt", Expect.indexed("freedom of opinion").noted("text cut off"));
        CASES.put("cp1252.txt", Expect.indexed(HostileFiles.DUTCH));
        CASES.put("utf16.txt", Expect.indexed(HostileFiles.DUTCH));
        CASES.put("one-line.txt", Expect.indexed("human rights defenders").noted("text cut off"));
        CASES.put("hyphen-chain.txt", Expect.indexed("word-chain"));
        CASES.put("nested.html", Expect.indexed("condemns torture"));
        CASES.put("nested.xml", Expect.indexed("condemns torture"));
        CASES.put("xxe.xml", Expect.indexed("resolution on privacy").without(SECRET));
        // with Tesseract installed it is read again with OCR, which finds no words in bars of pixels either
        CASES.put("scanned.pdf", Expect.fails("no text layer (scanned PDF?): needs OCR"));
    }

    @BeforeAll
    static void ingestTheBatch() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        index = dir.resolve("index");
        childTemp = Files.createDirectories(dir.resolve("tmp"));
        writeInputs(Files.createDirectories(dir.resolve("valid")));
        Path stuck = Files.createDirectories(dir.resolve("stuck"));
        Files.writeString(stuck.resolve("hangs.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Hung Parser\nEND:VCARD\n");
        Files.writeString(stuck.resolve("good.txt"), "The Council renewed the mandate on freedom of assembly.");
        // the hung parser gets a batch of its own with a short limit, so the big files keep the default one however
        // busy the machine is; both processes run at once
        Process batch = ingest(input, index, List.of());
        Path config = Path.of(BadInputBatchTest.class.getResource("hanging-tika-config.xml").toURI());
        Process hung = ingest(stuck, dir.resolve("stuck-index"),
                List.of("-Dtika.config=" + config), "--timeout", Integer.toString(TIMEOUT_SECONDS));
        report = finished(batch);
        exit = batch.exitValue();
        stuckReport = finished(hung);
        // the 100 MB file has done its job; the rest of the folder goes with the test's temp folder
        Files.delete(input.resolve("huge.txt"));
    }

    private static Process ingest(Path folder, Path into, List<String> jvmOptions, String... options)
            throws IOException {
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m", "-Djava.io.tmpdir=" + childTemp));
        jvm.addAll(jvmOptions);
        List<String> args = new ArrayList<>(List.of("ingest", folder.toString(), "--index", into.toString(),
                "--format", "json"));
        args.addAll(List.of(options));
        return Cli.process(jvm, args.toArray(String[]::new))
                .redirectError(dir.resolve(folder.getFileName() + ".log").toFile()).start();
    }

    private static JsonNode finished(Process child) throws Exception {
        byte[] out = child.getInputStream().readAllBytes();
        assertTrue(child.waitFor(3, TimeUnit.MINUTES), "hrc ingest did not finish");
        return org.hrcmonitor.cli.output.Json.mapper().readTree(out);
    }

    private static void writeInputs(Path valid) throws IOException {
        Path pdf = Fixtures.pdf(valid.resolve("valid.pdf"), GOOD);
        Path docx = Fixtures.docx(valid.resolve("valid.docx"), GOOD);
        Path odt = Fixtures.odt(valid.resolve("valid.odt"), GOOD);
        Files.writeString(input.resolve("good.txt"), String.join("\n\n", GOOD));
        BadFiles.empty(input.resolve("empty.txt"));
        BadFiles.imageOnlyPdf(input.resolve("scanned.pdf"));
        BadFiles.randomBytes(input.resolve("random.pdf"));
        HostileFiles.truncated(pdf, input.resolve("truncated.pdf"));
        HostileFiles.truncated(docx, input.resolve("truncated.docx"));
        HostileFiles.truncated(odt, input.resolve("truncated.odt"));
        HostileFiles.corrupted(pdf, input.resolve("corrupted.pdf"));
        HostileFiles.corrupted(docx, input.resolve("corrupted.docx"));
        HostileFiles.corrupted(odt, input.resolve("corrupted.odt"));
        BadFiles.encryptedPdf(input.resolve("encrypted.pdf"));
        HostileFiles.passwordDocx(input.resolve("protected.docx"));
        HostileFiles.zipBombDocx(input.resolve("bomb.docx"), 200);
        HostileFiles.scriptHeavyHtml(input.resolve("scripts.html"), 4);
        BadFiles.largeText(input.resolve("huge.txt"), 100);
        HostileFiles.encoded(input.resolve("cp1252.txt"), HostileFiles.DUTCH, Charset.forName("windows-1252"));
        HostileFiles.encoded(input.resolve("utf16.txt"), HostileFiles.DUTCH, StandardCharsets.UTF_16LE);
        HostileFiles.oneLine(input.resolve("one-line.txt"), 10_000_000);
        HostileFiles.nested(input.resolve("nested.html"), 100_000, true);
        HostileFiles.nested(input.resolve("nested.xml"), 100_000, false);
        Files.writeString(input.resolve("hyphen-chain.txt"), "A word-chain: " + "x-".repeat(200_000) + "x.");
        Path secret = Files.writeString(valid.resolve("secret.txt"), SECRET);
        HostileFiles.externalEntity(input.resolve("xxe.xml"), secret);
    }

    static Stream<Arguments> cases() {
        return CASES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFileIsIndexedOrFailsAloneWithAReason(String name, Expect expect) throws IOException {
        String path = input.resolve(name).toString();
        JsonNode failure = entry(report.get("failures"), path);
        if (expect.failure() != null) {
            assertNotNull(failure, name + " should have failed: " + report);
            String reason = failure.get("reason").asText();
            assertTrue(reason.startsWith(expect.failure()) || reason.contains(expect.failure()), reason);
            return;
        }
        assertEquals(null, failure, name + " failed");
        JsonNode note = entry(report.get("notes"), path);
        if (expect.note() == null) {
            assertEquals(null, note, name + " has a note");
        } else {
            assertNotNull(note, name + " should have a note: " + report);
            assertTrue(note.get("reason").asText().startsWith(expect.note()), note.toString());
        }
        IndexedDocument doc = indexed(path);
        assertTrue(doc.text().contains(expect.contains()), name + ": " + head(doc.text()));
        if (expect.lacks() != null) {
            assertFalse(doc.text().contains(expect.lacks()), name + ": " + head(doc.text()));
        }
    }

    @Test
    void theBatchReportsItsFailuresAndNothingElseIsLost() {
        long failures = CASES.values().stream().filter(e -> e.failure() != null).count();
        assertEquals(1, exit, "some files failed, so exit 1: " + report);
        assertEquals(failures, report.get("failed").asInt(), report.toString());
        assertEquals(CASES.size() - failures, report.get("added").asInt(), report.toString());
    }

    @Test
    void aParserThatNeverReturnsFailsAloneAtTheTimeLimit() {
        assertEquals(1, stuckReport.get("added").asInt(), stuckReport.toString());
        assertEquals(1, stuckReport.get("failed").asInt(), stuckReport.toString());
        JsonNode failure = stuckReport.get("failures").get(0);
        assertTrue(failure.get("path").asText().endsWith("hangs.vcf"), failure.toString());
        assertEquals("reading and annotating took longer than " + TIMEOUT_SECONDS + " s; gave up",
                failure.get("reason").asText());
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        try (Stream<Path> left = Files.list(childTemp)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void theExternalEntityWasNotResolvedAnywhere() throws IOException {
        try (IndexReading r = IndexReading.open(index)) {
            assertEquals(0, r.all(IndexSchema.documentsOnly(), Integer.MAX_VALUE, Sort.INDEXORDER).stream()
                    .filter(d -> d.text().contains(SECRET)).count());
        }
    }

    private static JsonNode entry(JsonNode list, String path) {
        for (JsonNode n : list) {
            if (n.get("path").asText().equals(path)) {
                return n;
            }
        }
        return null;
    }

    private static IndexedDocument indexed(String path) throws IOException {
        try (IndexReading r = IndexReading.open(index)) {
            List<IndexedDocument> docs = r.all(IndexSchema.byPath(DocumentReader.pathOf(Path.of(path))), 1, Sort.INDEXORDER);
            assertEquals(1, docs.size(), "not indexed: " + path);
            return docs.get(0);
        }
    }

    private static String head(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
