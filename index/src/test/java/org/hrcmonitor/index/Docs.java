package org.hrcmonitor.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.Section;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;

/** Small annotated documents for index tests, made without the pipeline so each test states its whole input. */
public final class Docs {
    private Docs() {}

    public static Document of(String path, String lang, Kind kind, LocalDate date, String symbol, String text) {
        String hash = sha256(path + text);
        return new Document(hash.substring(0, 16), hash, path, "text/plain", path, lang, kind, date, symbol, text,
                List.of(new Span(0, text.length())), List.of(), List.of(new Sentence(new Span(0, text.length()), lang)), List.of(),
                List.of(), List.of(), List.of(), Map.of());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document withSection(Document doc, String symbol, String title, String part) {
        int start = doc.text().indexOf(part);
        return doc.withSections(List.of(new Section(symbol, title, Kind.RESOLUTION, new Span(start, start + part.length()))));
    }
}
