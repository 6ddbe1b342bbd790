package org.hrcmonitor.pipeline.tag.theme;

import java.util.List;
import java.util.Objects;

/**
 * One theme of the taxonomy, with the terms that tag it in each language.
 *
 * @param id          stable id used in tags and the index, e.g. {@code freedom-of-expression}
 * @param labelEn     English label for display
 * @param labelNl     Dutch label for display
 * @param description one line saying what belongs here, for people labelling and choosing terms
 * @param termsEn     English terms, dictionary forms, lower case
 * @param termsNl     Dutch terms, dictionary forms, lower case
 */
public record Theme(String id, String labelEn, String labelNl, String description, List<String> termsEn,
                    List<String> termsNl) {
    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(labelNl, "labelNl");
        Objects.requireNonNull(description, "description");
        termsEn = List.copyOf(termsEn);
        termsNl = List.copyOf(termsNl);
    }
}
