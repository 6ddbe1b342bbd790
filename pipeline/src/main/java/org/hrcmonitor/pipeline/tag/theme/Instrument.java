package org.hrcmonitor.pipeline.tag.theme;

import java.util.List;

/**
 * A named treaty or mandate whose title mentions a subject ("... Discrimination against Women").
 *
 * @param theme the theme its substance belongs to, or null when it has no single one (the Covenants)
 * @param names its names and acronyms in both languages, lower case
 */
record Instrument(String theme, List<String> names) {
    Instrument {
        names = List.copyOf(names);
    }
}
