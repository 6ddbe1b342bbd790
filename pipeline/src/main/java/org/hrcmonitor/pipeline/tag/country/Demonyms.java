package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adjectives of countries and their people, derived where a spelling rule holds and taken from
 * {@code demonyms.tsv} where it does not.
 *
 * <p>Rules: an English name in -a adds -n (Syria, Syrian; Saudi Arabia, Saudi Arabian; Samoa, Samoan), one in -i adds
 * -an (Haiti, Haitian; Mali, Malian); a Dutch name in -ië gives -isch (Syrië, Syrisch; Saoedi-Arabië,
 * Saoedi-Arabisch). A rule may make a word nobody writes (Czechian); that
 * costs nothing, since such a word is never found. Every Dutch adjective also gets its inflected form, the one
 * written before most nouns: -e added, a doubled vowel before the last consonant undoubled (Chinees, Chinese;
 * Iraans, Iraanse). An English demonym in -n or -i is also a noun for the people, with its plural in -s (Syrians,
 * Saudis). Dutch names for peoples follow the adjective where it ends in -aans, -aars, -ees, -eens or -ijns
 * (Braziliaans, Brazilianen; Hongaars, Hongaren; Portugees, Portugezen; Sloveens, Slovenen; Argentijns, Argentijnen)
 * and the country where it ends in -ië (Syrië, Syriërs); the rest are irregular (Belgen, Turken) and listed. A Dutch
 * people's name is also matched in lower case ("de belgen"), unless that is a word of its own: the lower-cased name
 * of a country ("polen", poles). A people's plural also gives the noun for one of them, capitalised only ("de Rus",
 * "een Braziliaan", "de Syriër"):
 * the plural's ending undone (-anen, -aren, -ezen, -enen to -aan, -aar, -ees, -een; -rs to -r; otherwise -en
 * dropped and a doubled consonant undoubled: Russen, Rus; Turken, Turk). Where that makes a place's name
 * ("Jordaan", the river), {@code not-countries.tsv} lists it.
 */
final class Demonyms {
    private static final String[][] PEOPLE_RULES = {{"aans", "anen"}, {"aars", "aren"}, {"ees", "ezen"},
            {"eens", "enen"}, {"ijns", "ijnen"}};
    private static final String[][] ONE_OF_RULES = {{"anen", "aan"}, {"aren", "aar"}, {"ezen", "ees"},
            {"enen", "een"}, {"rs", "r"}};

    private Demonyms() {
    }

    /** Demonyms of the given country names, plus the listed ones, each Dutch one also inflected. */
    static List<GazetteerName> of(List<GazetteerName> countryNames) {
        List<GazetteerName> base = new ArrayList<>(NameTable.coded("demonyms.tsv", GazetteerName.Form.DEMONYM));
        List<GazetteerName> peoples = new ArrayList<>();
        for (GazetteerName name : countryNames) {
            String text = name.text();
            if (name.language().equals("en") && text.endsWith("a")) {
                base.add(demonym(name, text + "n"));
            } else if (name.language().equals("en") && text.endsWith("i")) {
                base.add(demonym(name, text + "an"));
            } else if (name.language().equals("nl") && text.endsWith("ië")) {
                base.add(demonym(name, text.substring(0, text.length() - 1) + "sch"));
                peoples.add(demonym(name, text + "rs"));
            }
        }
        List<GazetteerName> all = new ArrayList<>(base);
        for (GazetteerName name : base) {
            String text = name.text();
            if (name.language().equals("nl")) {
                all.add(demonym(name, inflected(text)));
                people(text).ifPresent(p -> peoples.add(demonym(name, p)));
            } else if (text.endsWith("n") || text.endsWith("i")) {
                all.add(demonym(name, text + "s"));
            }
        }
        all.addAll(peoples);
        Set<String> countryWords = countryNames.stream().map(n -> n.text().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        all.stream().filter(n -> n.language().equals("nl") && isPeople(n.text()))
                .map(n -> demonym(n, n.text().toLowerCase(Locale.ROOT)))
                .filter(n -> !countryWords.contains(n.text()))
                .toList().forEach(all::add);
        all.stream().filter(n -> n.language().equals("nl") && isPeople(n.text()))
                .map(n -> demonym(n, oneOf(n.text()))).toList().forEach(all::add);
        return all;
    }

    /** The Dutch noun for one of a people, from its plural: Brazilianen, Braziliaan; Russen, Rus. */
    static String oneOf(String people) {
        for (String[] rule : ONE_OF_RULES) {
            if (people.endsWith(rule[0])) {
                return people.substring(0, people.length() - rule[0].length()) + rule[1];
            }
        }
        String stem = people.substring(0, people.length() - 2);
        int n = stem.length();
        boolean doubled = n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1));
        return doubled ? stem.substring(0, n - 1) : stem;
    }

    /** The Dutch name for the people of a regular adjective: Braziliaans, Brazilianen. */
    static Optional<String> people(String adjective) {
        for (String[] rule : PEOPLE_RULES) {
            if (adjective.endsWith(rule[0])) {
                return Optional.of(adjective.substring(0, adjective.length() - rule[0].length()) + rule[1]);
            }
        }
        return Optional.empty();
    }

    /** Whether a Dutch demonym is a plural noun for a people (Belgen, Syriërs) rather than an adjective. */
    private static boolean isPeople(String text) {
        return Character.isUpperCase(text.charAt(0)) && (text.endsWith("en") || text.endsWith("rs"));
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
