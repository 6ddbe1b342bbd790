package org.hrcmonitor.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hrcmonitor.pipeline.document.Span;

/**
 * Turns raw extracted text into clean paragraphs separated by exactly one blank line, so that every later layer
 * (sentences, tokens, countries, the index) sees words whole and paragraphs as the author wrote them.
 *
 * <p>Three steps: {@link CharacterNormalizer} fixes characters, blank lines split the text into blocks, and
 * {@link Reflow} splits each block into paragraphs whose lines {@link Dehyphenator} joins. No text is lost on the
 * way: only whitespace, invisible characters and the hyphens of rejoined words disappear.
 *
 * <p>Stateless and thread-safe: the pipeline shares one instance across threads.
 */
public final class TextCleaner {
    public CleanText clean(String raw) {
        Objects.requireNonNull(raw, "raw");
        String normalized = CharacterNormalizer.normalize(raw);
        Dehyphenator dehyphenator = Dehyphenator.of(normalized);
        StringBuilder text = new StringBuilder(normalized.length());
        List<Span> paragraphs = new ArrayList<>();
        for (String block : normalized.strip().split("\n{2,}")) {
            if (block.isEmpty()) {
                continue;
            }
            for (String paragraph : Reflow.paragraphs(List.of(block.split("\n")), dehyphenator)) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                paragraphs.add(new Span(text.length(), text.length() + paragraph.length()));
                text.append(paragraph);
            }
        }
        return new CleanText(text.toString(), paragraphs);
    }
}
