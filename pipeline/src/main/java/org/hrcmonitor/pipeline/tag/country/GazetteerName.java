package org.hrcmonitor.pipeline.tag.country;

import java.util.Objects;

/**
 * One name the country tagger looks for.
 *
 * @param text     the name as it is written (case matters: "Turkey" is a country, "turkey" a bird)
 * @param code     ISO 3166-1 alpha-2 code; empty for {@link Form#NOT_A_COUNTRY}
 * @param language {@code en} or {@code nl}: the language the name belongs to (any name is matched in any text)
 * @param form     what kind of name it is, which decides the context rules that apply to it
 */
public record GazetteerName(String text, String code, String language, Form form) {

    public enum Form {
        /** A country's name, short or official, abbreviated or old. */
        NAME,
        /** An adjective of a country or its people ("Syrian", "Iraanse"), which may also name a language. */
        DEMONYM,
        /** A multiword name that contains a country word but is not a mention of it ("Bank of America"). */
        NOT_A_COUNTRY
    }

    public GazetteerName {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(form, "form");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank name for code '" + code + "'");
        }
    }
}
