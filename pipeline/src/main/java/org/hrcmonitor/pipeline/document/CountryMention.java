package org.hrcmonitor.pipeline.document;

import java.util.Objects;

/**
 * A place in the text that names a country (or a territory HRC documents treat as one).
 *
 * @param span where the name stands in the document's text
 * @param code ISO 3166-1 alpha-2 code ({@code XK} for Kosovo, {@code PS} for the Occupied Palestinian Territory)
 */
public record CountryMention(Span span, String code) {
    public CountryMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(code, "code");
    }
}
