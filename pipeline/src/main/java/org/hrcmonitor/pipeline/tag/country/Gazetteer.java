package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The country names the tagger looks for, in English and Dutch, each with its ISO 3166-1 alpha-2 code; and the
 * display name of each code for output.
 *
 * <p>Generated rather than typed: country names come from the JDK's locale data ({@link LocaleNames}), adjectives
 * from spelling rules ({@link Demonyms}); only what those lack is written by hand, in small lists next to this
 * class ({@code extra-names.tsv}, {@code demonyms.tsv}, {@code not-countries.tsv}). Where a language has one name
 * twice the hand-written line wins, and the tagger reads the hand-written lists first too, so a list can settle a
 * name the locale data leaves ambiguous. Immutable.
 */
public final class Gazetteer {
    static final List<String> LANGUAGES = List.of("en", "nl");

    private final List<GazetteerName> names;

    Gazetteer(List<GazetteerName> names) {
        Map<String, GazetteerName> byLanguageAndText = new LinkedHashMap<>();
        names.forEach(name -> byLanguageAndText.putIfAbsent(name.language() + "\t" + name.text(), name));
        this.names = List.copyOf(byLanguageAndText.values());
    }

    /** The generated gazetteer plus the hand-written lists; builds anew on each call, so keep the result. */
    public static Gazetteer standard() {
        List<GazetteerName> countries = new ArrayList<>(NameTable.coded("extra-names.tsv", GazetteerName.Form.NAME));
        countries.addAll(LocaleNames.all());
        countries.addAll(hurried(countries));
        List<GazetteerName> all = new ArrayList<>(NameTable.uncoded("not-countries.tsv"));
        all.addAll(countries);
        List<GazetteerName> demonyms = Demonyms.of(countries);
        all.addAll(demonyms);
        all.addAll(hurried(demonyms));
        return new Gazetteer(all);
    }

    /**
     * Names as hurried text also writes them: a hyphen dropped or a space instead ("SaoediArabië", "Nieuw Zeeland",
     * "Zuid Afrikaanse"), and Dutch without the diaeresis ("Belgie", "Oekraine"), also both at once.
     */
    private static List<GazetteerName> hurried(List<GazetteerName> names) {
        List<GazetteerName> spelled = new ArrayList<>();
        for (GazetteerName n : names) {
            if (n.text().indexOf('-') > 0) {
                spelled.add(respelled(n, n.text().replace("-", "")));
                spelled.add(respelled(n, n.text().replace('-', ' ')));
            }
        }
        List<GazetteerName> withHurried = new ArrayList<>(names);
        withHurried.addAll(spelled);
        for (GazetteerName n : withHurried) {
            if (n.language().equals("nl") && n.text().matches(".*[ëï].*")) {
                spelled.add(respelled(n, n.text().replace('ë', 'e').replace('ï', 'i')));
            }
        }
        return spelled;
    }

    private static GazetteerName respelled(GazetteerName name, String text) {
        return new GazetteerName(text, name.code(), name.language(), name.form());
    }

    /** Every name, one entry per spelling and language ("Canada" is an English and a Dutch name). */
    public List<GazetteerName> names() {
        return names;
    }

    /** How many names (countries and adjectives, not the not-a-country names) belong to a language. */
    public long size(String language) {
        return names.stream()
                .filter(n -> n.language().equals(language) && n.form() != GazetteerName.Form.NOT_A_COUNTRY)
                .count();
    }

    /**
     * The name to show for a code: "Netherlands" in English, "Nederland" in Dutch. Any language other than
     * {@code nl} gets English; a code the locale data does not know comes back unchanged.
     */
    public String name(String code, String language) {
        Objects.requireNonNull(code, "code");
        return LocaleNames.displayName(code, "nl".equals(language) ? "nl" : "en");
    }
}
