package org.hrcmonitor.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.source.FileSource;
import org.junit.jupiter.api.Test;

/**
 * Real documents from the shared corpus whose quirks generated fixtures cannot imitate faithfully: Word files under
 * the wrong name, a damaged PDF, a scan (a minute of OCR where Tesseract is installed). Skipped where the shared folder ({@code hrc.shared}) is not present.
 */
class SharedCorpusTest {
    private static final Readers READERS = new Readers();

    @Test
    void aDocxNamedDocIsReadAsDocx() throws Exception {
        SourceDocument doc = read("other/AdvancedQuestionsSlovenia.doc");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.mediaType());
        assertTrue(doc.text().contains("ADVANCE QUESTIONS TO SLOVENIA"), doc.text());
    }

    @Test
    void aRealDocIsReadAsMsword() throws Exception {
        SourceDocument doc = read("other/Advance_questions_Slovenia_first_batch.doc");
        assertEquals("application/msword", doc.mediaType());
        assertTrue(doc.text().contains("ADVANCE QUESTIONS TO SLOVENIA (FIRST BATCH)"), doc.text());
    }

    @Test
    void aDamagedPdfFailsWithAReason() {
        ReadException e = assertThrows(ReadException.class, () -> read("other/g0917123.pdf"));
        assertTrue(e.getMessage().startsWith("corrupt or unreadable application/pdf"), e.getMessage());
    }

    /** Without Tesseract a scan has no text (the pipeline reports "needs OCR"); with it, the letter is read. */
    @Test
    void aScannedLetterIsReadByOcrOrHasNoText() throws Exception {
        String text = read("letters/Letter-OHCHR-HC-Slovenia.pdf").text().strip();
        if (Ocr.available()) {
            assertTrue(text.contains("OFFICE OF THE HIGH COMMISSIONER") && text.contains("Slovenia"), text);
        } else {
            assertEquals("", text);
        }
    }

    private static SourceDocument read(String file) throws IOException, ReadException {
        String shared = System.getProperty("hrc.shared");
        assumeTrue(shared != null, "hrc.shared is not set");
        Path path = Path.of(shared, "corpus", file);
        assumeTrue(Files.isRegularFile(path), () -> path + " is missing");
        return READERS.read(FileSource.describe(path));
    }
}
