package org.hrcmonitor.pipeline.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Optical character recognition with Tesseract, through Tika, for PDFs that are scans without a text layer; used only
 * when the {@code tesseract} program is installed. Every other file is parsed with OCR switched off: left to itself Tika
 * would OCR any page or picture with little text whenever Tesseract is there, which makes ordinary documents slow and
 * their text depend on what happens to be installed.
 */
final class Ocr {
    private static final boolean AVAILABLE = detect();

    private Ocr() {}

    /** Whether Tesseract is installed, so a scan can be read. */
    static boolean available() {
        return AVAILABLE;
    }

    /** A parse context that never runs OCR: the first reading of every file. */
    static ParseContext off() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(true);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
    }

    /** Asked once, when the first scan needs it. */
    private static final class Languages {
        static final String INSTALLED = languages();
    }

    /** A parse context that renders every PDF page and reads it with Tesseract, in Dutch and English where installed. */
    static ParseContext pdfPagesOnly() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage(Languages.INSTALLED);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
    }

    /** Dutch first when its model is installed; Tesseract fails outright when asked for a language it lacks. */
    private static String languages() {
        try {
            Process list = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            list.waitFor();
            return out.lines().anyMatch(l -> l.strip().equals("nld")) ? "nld+eng" : "eng";
        } catch (IOException e) {
            return "eng";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "eng";
        }
    }

    private static boolean detect() {
        try {
            return new TesseractOCRParser().hasTesseract();
        } catch (TikaConfigException | RuntimeException e) {
            return false;
        }
    }
}
