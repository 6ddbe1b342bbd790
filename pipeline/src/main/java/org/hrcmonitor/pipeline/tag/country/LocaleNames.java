package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Country names from the JDK's locale data (CLDR), in the forms running text uses.
 *
 * <p>CLDR writes display names for menus: "Myanmar (Burma)", "Bosnia &amp; Herzegovina", "St. Lucia", "Côte d’Ivoire",
 * "Hong Kong SAR China", "Congo - Kinshasa". Each becomes the forms a sentence would contain: both halves of a
 * trailing parenthesis, "and" for "&amp;", "Saint" besides "St.", a straight apostrophe besides the curly one, no
 * "SAR China". English names with " - " are dropped: "Congo" alone is ambiguous and the extra names list settles it.
 */
final class LocaleNames {
    private LocaleNames() {
    }

    static List<GazetteerName> all() {
        List<GazetteerName> names = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            for (String language : Gazetteer.LANGUAGES) {
                for (String form : forms(displayName(code, language))) {
                    names.add(new GazetteerName(form, code, language, GazetteerName.Form.NAME));
                }
            }
        }
        return names;
    }

    /** The name CLDR shows for a code in a language, or the code itself when CLDR has none. */
    static String displayName(String code, String language) {
        return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
    }

    static Set<String> forms(String displayName) {
        Set<String> forms = new LinkedHashSet<>();
        if (displayName.contains(" - ")) {
            return forms;
        }
        String name = displayName.replace(" SAR China", "").replace(" SAR van China", "");
        int open = name.indexOf(" (");
        if (open > 0 && name.endsWith(")")) {
            forms.add(name.substring(0, open));
            forms.add(name.substring(open + 2, name.length() - 1));
        } else {
            forms.add(name);
        }
        for (String form : List.copyOf(forms)) {
            forms.add(form.replace(" & ", " and "));
            forms.add(form.replace("St. ", "Saint "));
            forms.add(form.replace('’', '\''));
        }
        return forms;
    }
}
