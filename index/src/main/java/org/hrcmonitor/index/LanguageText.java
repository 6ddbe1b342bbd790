package org.hrcmonitor.index;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;

/**
 * Splits a part of a document's text by sentence language, for indexing each language with its own analysis.
 *
 * <p>Each language's text keeps the full length, with the other languages' sentences blanked to spaces, so token
 * offsets are offsets into the stored text and highlighting needs no mapping. A monolingual part, the usual case,
 * is returned as it is under its one language.
 */
final class LanguageText {
    private LanguageText() {}

    static Map<String, String> split(Document doc, Span part) {
        String text = doc.textOf(part);
        Map<String, char[]> byLanguage = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            if (s.span().end() <= part.start() || s.span().start() >= part.end()) {
                continue;
            }
            char[] chars = byLanguage.computeIfAbsent(s.language(), l -> blank(text.length()));
            int from = Math.max(s.span().start(), part.start());
            int to = Math.min(s.span().end(), part.end());
            doc.text().getChars(from, to, chars, from - part.start());
        }
        if (byLanguage.size() <= 1) {
            String language = byLanguage.isEmpty() ? doc.language() : byLanguage.keySet().iterator().next();
            return Map.of(language == null ? "other" : language, text);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, chars) -> texts.put(language, new String(chars)));
        return texts;
    }

    private static char[] blank(int length) {
        char[] chars = new char[length];
        Arrays.fill(chars, ' ');
        return chars;
    }
}
