package org.hrcmonitor.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hrcmonitor.pipeline.fixtures.BadFiles;
import org.hrcmonitor.pipeline.source.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned PDF is read with OCR exactly when Tesseract is installed; without it the text stays empty, which the
 * pipeline reports as "needs OCR". One of the two tests runs on any machine.
 */
class OcrTest {
    @TempDir
    Path dir;

    static boolean tesseractInstalled() {
        return Ocr.available();
    }

    @Test
    @EnabledIf("tesseractInstalled")
    void aScanIsReadWithTesseract() throws Exception {
        Path scan = BadFiles.scannedPdf(dir.resolve("scan.pdf"), List.of("The Human Rights Council",
                "protects journalists"));
        String text = new Readers().read(FileSource.describe(scan)).text();
        assertTrue(text.contains("Human Rights Council") && text.contains("journalists"), text);
    }

    @Test
    @DisabledIf("tesseractInstalled")
    void withoutTesseractAScanHasNoText() throws Exception {
        Path scan = BadFiles.scannedPdf(dir.resolve("scan.pdf"), List.of("The Human Rights Council"));
        assertEquals("", new Readers().read(FileSource.describe(scan)).text().strip());
    }
}
