package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.List;

/**
 * Adjectives of countries and their people, derived where a spelling rule holds and taken from
 * {@code demonyms.tsv} where it does not.
 *
 * <p>Rules: an English name in -ia gives -ian (Syria, Syrian; Saudi Arabia, Saudi Arabian); a Dutch name in -ië gives
 * -isch (Syrië, Syrisch; Saoedi-Arabië, Saoedi-Arabisch). A rule may make a word nobody writes (Czechian); that
 * costs nothing, since such a word is never found. Every Dutch adjective also gets its inflected form, the one
 * written before most nouns: -e added, a doubled vowel before the last consonant undoubled (Chinees, Chinese;
 * Iraans, Iraanse). An English demonym in -n or -i is also a noun for the people, with its plural in -s (Syrians,
 * Saudis); Dutch names for peoples are irregular (Syriërs, Chinezen) and listed.
 */
final class Demonyms {
    private Demonyms() {
    }

    /** Demonyms of the given country names, plus the listed ones, each Dutch one also inflected. */
    static List<GazetteerName> of(List<GazetteerName> countryNames) {
        List<GazetteerName> base = new ArrayList<>(NameTable.coded("demonyms.tsv", GazetteerName.Form.DEMONYM));
        for (GazetteerName name : countryNames) {
            String text = name.text();
            if (name.language().equals("en") && text.endsWith("ia")) {
                base.add(demonym(name, text + "n"));
            } else if (name.language().equals("nl") && text.endsWith("ië")) {
                base.add(demonym(name, text.substring(0, text.length() - 1) + "sch"));
            }
        }
        List<GazetteerName> all = new ArrayList<>(base);
        for (GazetteerName name : base) {
            String text = name.text();
            if (name.language().equals("nl")) {
                all.add(demonym(name, inflected(text)));
            } else if (text.endsWith("n") || text.endsWith("i")) {
                all.add(demonym(name, text + "s"));
            }
        }
        return all;
    }

    static String inflected(String adjective) {
        int n = adjective.length();
        if (n >= 3 && adjective.charAt(n - 2) == adjective.charAt(n - 3) && isVowel(adjective.charAt(n - 2))) {
            return adjective.substring(0, n - 2) + adjective.charAt(n - 1) + "e";
        }
        return adjective + "e";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static GazetteerName demonym(GazetteerName country, String text) {
        return new GazetteerName(text, country.code(), country.language(), GazetteerName.Form.DEMONYM);
    }
}
