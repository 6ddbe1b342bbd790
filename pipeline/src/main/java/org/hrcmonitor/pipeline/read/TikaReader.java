package org.hrcmonitor.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.source.SourceFile;
import org.xml.sax.SAXException;

/**
 * Reads every format Tika knows (PDF, DOCX, DOC, ODT, RTF, XML, plain text, spreadsheets...): the fallback reader.
 *
 * <p>Text beyond {@link TextLimit#MAX_CHARS} is cut off rather than failing the file (see there). A PDF without any text
 * is read a second time with OCR when Tesseract is installed ({@link Ocr}).
 */
public final class TikaReader implements DocumentReader {
    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public boolean accepts(String mediaType) {
        return true;
    }

    @Override
    public SourceDocument read(SourceFile file, String mediaType) throws ReadException {
        Extracted got = parse(file, mediaType, Ocr.off());
        if (got.text().isBlank() && mediaType.equals("application/pdf") && Ocr.available()) {
            got = parse(file, mediaType, Ocr.pdfPagesOnly()); // a scan: read the pictures of its pages
        }
        return new SourceDocument(DocumentReader.pathOf(file.path()), file.hash(), mediaType, got.text(),
                got.title(), List.of(), got.cut() ? TextLimit.markCut(got.metadata()) : got.metadata());
    }

    private record Extracted(String text, String title, Map<String, String> metadata, boolean cut) {}

    private Extracted parse(SourceFile file, String mediaType, ParseContext context) throws ReadException {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        BodyContentHandler handler = new BodyContentHandler(TextLimit.MAX_CHARS);
        boolean cut = false;
        try (InputStream in = TikaInputStream.get(file.path())) {
            parser.parse(in, handler, metadata, context);
        } catch (ZeroByteFileException e) {
            throw new ReadException("empty file");
        } catch (EncryptedDocumentException e) {
            throw new ReadException("encrypted (password-protected)");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ReadException("cannot parse " + mediaType + ": " + rootMessage(e), e);
            }
            cut = true;
        } catch (TikaException e) {
            // some parsers wrap the handler's "enough" in their own exception
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                cut = true;
            } else {
                throw new ReadException("corrupt or unreadable " + mediaType + ": " + rootMessage(e), e);
            }
        } catch (IOException e) {
            throw new ReadException("cannot read file: " + rootMessage(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            // parsers for legacy formats fail in many undeclared ways on damaged files
            throw new ReadException("parser failed on " + mediaType + ": " + rootMessage(e), e);
        }
        return new Extracted(handler.toString(), metadata.get(TikaCoreProperties.TITLE), firstValues(metadata), cut);
    }

    private static Map<String, String> firstValues(Metadata metadata) {
        Map<String, String> values = new HashMap<>();
        for (String name : metadata.names()) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        return values;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
