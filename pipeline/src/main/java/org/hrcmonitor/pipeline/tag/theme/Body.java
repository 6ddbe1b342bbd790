package org.hrcmonitor.pipeline.tag.theme;

import java.util.List;

/**
 * A body whose name is the topic of a sentence that speaks of it ("de Mensenrechtenraad hervormen") but not of one
 * that names it as the place where something happens ("in de Mensenrechtenraad een resolutie steunen").
 *
 * @param theme the theme the body tags
 * @param names its names in both languages; a word written with a capital matches only as written ("het College",
 *              the defined name in a law, not "het college van burgemeester en wethouders")
 */
record Body(String theme, List<String> names) {
    Body {
        names = List.copyOf(names);
    }
}
