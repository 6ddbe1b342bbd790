package org.hrcmonitor.index.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.pipeline.tag.country.Gazetteer;
import org.hrcmonitor.pipeline.tag.country.GazetteerName;

/**
 * Country names per code and language, from the tagger's gazetteer: "Canada", "Netherlands", "Kingdom of the
 * Netherlands", "Nederland". Adjectives are left out: "Dutch" and "Nederlands" also name a language.
 */
final class CountryNames {
    private static volatile Map<String, Map<String, List<String>>> byCode;

    private CountryNames() {}

    /** Names of the code per language ({@code en}, {@code nl}); empty for a code the gazetteer does not know. */
    static Map<String, List<String>> of(String code) {
        return table().getOrDefault(code, Map.of());
    }

    /** The code of the first country named in a text, or null: to tell whose government "het Koninkrijk" is. */
    static String firstIn(String text) {
        for (Map.Entry<String, Map<String, List<String>>> country : table().entrySet()) {
            for (List<String> names : country.getValue().values()) {
                for (String name : names) {
                    if (containsWord(text, name)) {
                        return country.getKey();
                    }
                }
            }
        }
        return null;
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Map<String, List<String>>> table() {
        Map<String, Map<String, List<String>>> t = byCode;
        if (t == null) {
            Map<String, Map<String, List<String>>> built = new HashMap<>();
            for (GazetteerName n : Gazetteer.standard().names()) {
                if (n.form() == GazetteerName.Form.NAME) {
                    built.computeIfAbsent(n.code(), c -> new HashMap<>())
                            .computeIfAbsent(n.language(), l -> new ArrayList<>()).add(n.text());
                }
            }
            t = Map.copyOf(built);
            byCode = t;
        }
        return t;
    }
}
