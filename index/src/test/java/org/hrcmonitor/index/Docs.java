package org.hrcmonitor.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.document.Commitment;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Kind;
import org.hrcmonitor.pipeline.document.Section;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;
import org.hrcmonitor.pipeline.document.TimeFrame;

/** Small annotated documents for index tests, made without the pipeline so each test states its whole input. */
public final class Docs {
    private Docs() {}

    public static Document of(String path, String lang, Kind kind, LocalDate date, String symbol, String text) {
        String hash = sha256(path + text);
        return new Document(hash.substring(0, 16), hash, path, "text/plain", path, lang, kind, date, symbol, text,
                List.of(new Span(0, text.length())), List.of(), List.of(new Sentence(new Span(0, text.length()), lang)), List.of(),
                List.of(), List.of(), List.of(), Map.of());
    }

    /** Writes the documents into an index at {@code dir}, created if need be, and commits them. */
    public static void index(Path dir, Document... docs) throws Exception {
        try (IndexWriting w = IndexWriting.open(dir)) {
            for (Document d : docs) {
                w.put(d);
            }
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds a commitment on the sentence {@code sentence} (which must occur in the text), its id made from the
     * document id and the sentence's offset.
     */
    public static Document withCommitment(Document doc, String sentence, String actor, String action,
                                          List<String> partners, TimeFrame timeframe, List<String> countries,
                                          List<String> themes) {
        int start = doc.text().indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + sentence);
        }
        List<Commitment> all = new ArrayList<>(doc.commitments());
        all.add(new Commitment(doc.id() + "-c" + start, new Span(start, start + sentence.length()), actor, action,
                partners, timeframe, List.of(), countries, themes));
        return doc.withCommitments(all);
    }

    public static Document withSection(Document doc, String symbol, String title, String part) {
        int start = doc.text().indexOf(part);
        return doc.withSections(List.of(new Section(symbol, title, Kind.RESOLUTION, new Span(start, start + part.length()))));
    }
}
