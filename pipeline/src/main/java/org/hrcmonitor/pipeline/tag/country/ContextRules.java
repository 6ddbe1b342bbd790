package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hrcmonitor.pipeline.tag.country.CountryDictionary.Match;
import org.hrcmonitor.pipeline.tag.country.GazetteerName.Form;

/**
 * Drops matches that name something other than a country, judged by the tokens around them.
 *
 * <ul>
 *   <li>Not-a-country names ("Bank of America") matched only to hide the country word inside them.</li>
 *   <li>A country name that is also a first or last name, next to another capitalised word: "Chad Smith",
 *       "Michael Jordan". A capital at the start of a sentence says nothing, so "In Jordan" stays (and a sentence
 *       opening "Michael Jordan" keeps Jordan).</li>
 *   <li>A country in the name of a race or sporting event: "de Ronde van Italië", "the Tour of Britain", "de Grote
 *       Prijs van Monaco". Such a name is written after its fixed opening words, which no text about the country uses.</li>
 *   <li>Georgia the US state, after a town and a comma: "Atlanta, Georgia" (but "Russia, Georgia" stays). The
 *       rule cannot tell Atlanta from Tbilisi, so "Tbilisi, Georgia" is lost; UN texts rarely write it so.</li>
 *   <li>An adjective naming a language: after "in" at the end of a phrase ("in Spanish", "in Spanish and French"),
 *       before a word for a text or language ("the Spanish version", "de Nederlandse taal"), or, in Dutch, an
 *       uninflected adjective after "in" or "het" ("in het Spaans"): before a noun it would be inflected. An
 *       adjective joined to such a language by "and", "or" or a comma is one too ("in Spanish and French"), and so is
 *       every adjective of a list that ends in one ("de Arabische, de Chinese en de Spaanse tekst").</li>
 * </ul>
 */
final class ContextRules {
    private static final Set<String> PERSONAL_NAMES = Set.of("Jordan", "Chad", "Georgia");
    private static final Set<String> LANGUAGE_NOUNS = Set.of("text", "texts", "version", "versions", "language",
            "translation", "original", "speaking", "tekst", "teksten", "versie", "versies", "taal", "vertaling");
    private static final List<List<String>> EVENTS = List.of(List.of("Ronde", "van"), List.of("Tour", "de"),
            List.of("Tour", "of"), List.of("Giro", "di"), List.of("Grote", "Prijs", "van"),
            List.of("Grand", "Prix", "van"), List.of("Grand", "Prix", "of"));
    private static final Set<String> PHRASE_ENDS = Set.of("and", "or", "en");
    private static final Set<String> JOINERS = Set.of("and", "or", "en", "of", ",");
    /**
     * Joiners, articles and the language adjectives that name no state (Arabic, English), for lists read backwards
     * ("de Arabische, de Chinese, de Engelse en de Spaanse tekst").
     */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "en", "of", ",", "de", "het", "the",
            "arabic", "arabische", "english", "engelse", "latin", "latijnse");

    private ContextRules() {
    }

    static List<Match> countries(List<Match> matches, String[] tokens) {
        boolean[] language = new boolean[matches.size()];
        int languageEnd = -1;
        for (int i = 0; i < matches.size(); i++) {
            Match match = matches.get(i);
            language[i] = match.name().form() == Form.DEMONYM
                    && (isLanguage(match, tokens) || joinedTo(languageEnd, match, tokens));
            if (language[i]) {
                languageEnd = match.end();
            }
        }
        // read right to left, a list "de Arabische, de Chinese en de Spaanse tekst" names languages when its last does
        for (int i = matches.size() - 1; i > 0; i--) {
            Match before = matches.get(i - 1);
            if (language[i] && before.name().form() == Form.DEMONYM
                    && onlyBetween(before.end(), matches.get(i).first(), tokens, LIST_WORDS)) {
                language[i - 1] = true;
            }
        }
        List<Match> kept = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match match = matches.get(i);
            GazetteerName name = match.name();
            boolean drop = language[i] || name.form() == Form.NOT_A_COUNTRY
                    || PERSONAL_NAMES.contains(name.text()) && isPersonalName(match, tokens)
                    || name.text().equals("Georgia") && isUsState(match, tokens, matches)
                    || EVENTS.stream().anyMatch(opening -> after(opening, match, tokens));
            if (!drop) {
                kept.add(match);
            }
        }
        return kept;
    }

    /** Whether only joining words stand between the language ending at {@code languageEnd} and this match. */
    private static boolean joinedTo(int languageEnd, Match match, String[] tokens) {
        return languageEnd >= 0 && onlyBetween(languageEnd, match.first(), tokens, JOINERS);
    }

    /** Whether tokens {@code [from, to)} are at least one token and all among {@code words}. */
    private static boolean onlyBetween(int from, int to, String[] tokens, Set<String> words) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!words.contains(tokens[i].toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens just before the match are these words. */
    private static boolean after(List<String> words, Match match, String[] tokens) {
        int from = match.first() - words.size();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!tokens[from + i].equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPersonalName(Match match, String[] tokens) {
        boolean capitalBefore = match.first() > 1 && isCapitalised(tokens[match.first() - 1]);
        boolean capitalAfter = match.end() < tokens.length && isCapitalised(tokens[match.end()]);
        return capitalBefore || capitalAfter;
    }

    private static boolean isUsState(Match match, String[] tokens, List<Match> matches) {
        int town = match.first() - 2;
        return town >= 0 && tokens[town + 1].equals(",") && isCapitalised(tokens[town])
                && matches.stream().noneMatch(m -> m.first() <= town && town < m.end());
    }

    private static boolean isLanguage(Match match, String[] tokens) {
        String before = match.first() > 0 ? tokens[match.first() - 1].toLowerCase() : "";
        String after = match.end() < tokens.length ? tokens[match.end()].toLowerCase() : "";
        if (LANGUAGE_NOUNS.contains(after)) {
            return true;
        }
        boolean uninflectedDutch = match.name().language().equals("nl") && !match.name().text().endsWith("e");
        if (uninflectedDutch && (before.equals("in") || before.equals("het"))) {
            return true;
        }
        boolean phraseEnds = after.isEmpty() || PHRASE_ENDS.contains(after) || !Character.isLetter(after.charAt(0));
        return before.equals("in") && phraseEnds;
    }

    private static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && token.chars().anyMatch(Character::isLowerCase);
    }
}
