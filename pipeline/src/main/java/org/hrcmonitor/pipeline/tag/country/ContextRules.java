package org.hrcmonitor.pipeline.tag.country;

import java.util.ArrayList;
import java.util.Arrays;
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
 *       "Michael Jordan", "Frans Timmermans". A capital at the start of a sentence says nothing, so "In Jordan" stays;
 *       but a first word that is no function word is a name ("Michael Jordan won"). So is one after a title or
 *       before a name's particle ("hertog Frans van Saksen"). A Dutch adjective or people's name after a capitalised
 *       word that is no adjective is a surname ("Jan Fransen", "Kees Turk").</li>
 *   <li>A country in the name of a race or sporting event: "de Ronde van Italië", "the Tour of Britain", "de Grote
 *       Prijs van Monaco". Such a name is written after its fixed opening words, which no text about the country
 *       uses.</li>
 *   <li>Georgia the US state, after a town and a comma: "Atlanta, Georgia" (but "Russia, Georgia" stays). The
 *       rule cannot tell Atlanta from Tbilisi, so "Tbilisi, Georgia" is lost; UN texts rarely write it so.</li>
 *   <li>The biblical Israel, God's people, in a sentence of biblical words ("Gods volk", "de profeet").</li>
 *   <li>Adjectives naming a language ({@link Languages}), names of rivers, colonies, provinces and cities
 *       ({@link Places}), and a country word inside the name of an organisation, a club or an event
 *       ({@link Organisations}).</li>
 * </ul>
 */
final class ContextRules {
    private static final Set<String> PERSONAL_NAMES = Set.of("Jordan", "Chad", "Georgia", "Frans", "Fransen",
            "Holland", "India", "Israel", "Kenya");
    /** Of those, the ones that are first names, as after a title or before a particle ("hertog Frans van"). */
    private static final Set<String> FIRST_NAMES = Set.of("Jordan", "Chad", "Georgia", "Frans", "India", "Israel",
            "Kenya");
    /**
     * Words that open a sentence before a country ("In Jordan", "Volgens Chad"); any other first word is a name,
     * unless it looks like an English verb of a UN summary ("Welcomed Jordan's", "Thanks Chad").
     */
    private static final Set<String> OPENERS = Set.of("in", "uit", "naar", "voor", "met", "bij", "van", "op", "over",
            "door", "volgens", "ook", "en", "maar", "want", "toen", "nu", "zo", "daar", "hier", "de", "het", "een",
            "dat", "die", "deze", "dit", "als", "zowel", "tegen", "tussen", "zonder", "sinds", "na", "the", "a", "and",
            "but", "for", "with", "from", "to", "by", "at", "on", "of", "both", "also", "while", "since", "after",
            "before", "between", "against", "only", "even", "when", "where", "if", "terwijl", "omdat", "hoewel", "toch",
            "daarom", "dus", "wel", "niet", "alle", "veel", "vele", "sommige", "enkele", "meer", "andere", "beide",
            "zij", "wij", "ze", "we", "hij", "waar", "wanneer", "indien", "nadat", "voordat", "zodat", "doordat",
            "ondanks", "vooral", "zelfs", "alleen", "nog", "al", "dan", "eerst", "later", "tijdens", "onder", "via",
            "vanwege", "wegens", "although", "because", "many", "some", "most", "all", "other", "young");
    private static final List<List<String>> EVENTS = List.of(List.of("Ronde", "van"), List.of("Tour", "de"),
            List.of("Tour", "of"), List.of("Giro", "di"), List.of("Grote", "Prijs", "van"),
            List.of("Grand", "Prix", "van"), List.of("Grand", "Prix", "of"));
    /** Words before a first name ("hertog Frans"), and particles between a first name and a surname. */
    private static final Set<String> TITLES = Set.of("hertog", "koning", "keizer", "prins", "graaf", "vorst", "paus",
            "aartshertog", "bisschop", "sint", "duke", "king", "emperor", "prince", "count", "pope", "saint");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "ter", "ten", "le", "la");
    private static final Set<String> ISRAEL = Set.of("Israël", "Israel");
    private static final Set<String> BIBLICAL = Set.of("God", "Gods", "HEER", "Jahweh", "profeet", "profeten",
            "profetisch", "profetische", "messiaans", "messiaanse", "bijbel", "bijbelse", "Bijbel", "Mozes", "Abraham",
            "Jakob", "farao", "stammen", "prophet", "prophets", "biblical", "Bible", "Moses", "Pharaoh", "tribes");

    private ContextRules() {
    }

    static List<Match> countries(List<Match> matches, String[] tokens) {
        boolean[] language = Languages.of(matches, tokens);
        boolean[] place = Places.of(matches, tokens);
        boolean biblical = matches.stream().anyMatch(m -> ISRAEL.contains(m.name().text()))
                && Arrays.stream(tokens).anyMatch(BIBLICAL::contains);
        List<Match> kept = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match match = matches.get(i);
            GazetteerName name = match.name();
            boolean drop = language[i] || place[i] || name.form() == Form.NOT_A_COUNTRY
                    || PERSONAL_NAMES.contains(name.text()) && isPersonalName(match, tokens)
                    || FIRST_NAMES.contains(name.text()) && isTitledOrParticled(match, tokens)
                    || name.form() == Form.DEMONYM && name.language().equals("nl") && isSurname(match, tokens)
                    || name.text().equals("Georgia") && isUsState(match, tokens, matches)
                    || EVENTS.stream().anyMatch(opening -> after(opening, match, tokens))
                    || Organisations.inName(match, tokens)
                    || biblical && ISRAEL.contains(name.text());
            if (!drop) {
                kept.add(match);
            }
        }
        return kept;
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

    private static boolean isTitledOrParticled(Match match, String[] tokens) {
        int before = match.first() - 1;
        int after = match.end();
        return before >= 0 && TITLES.contains(tokens[before].toLowerCase())
                || after + 1 < tokens.length && PARTICLES.contains(tokens[after]) && isCapitalised(tokens[after + 1]);
    }

    private static boolean isPersonalName(Match match, String[] tokens) {
        int before = match.first() - 1;
        boolean capitalBefore = before > 0 && isCapitalised(tokens[before])
                || before == 0 && isCapitalised(tokens[0]) && !OPENERS.contains(tokens[0].toLowerCase())
                && !tokens[0].endsWith("ed") && !tokens[0].endsWith("s");
        boolean capitalAfter = match.end() < tokens.length && isCapitalised(tokens[match.end()]);
        return capitalBefore || capitalAfter;
    }

    /**
     * Whether a Dutch adjective or people's name follows a first name ("Jan Fransen", "Kees Turk"), not an adjective
     * ("Koerdische Turken") or the sentence's first word ("Ook Turken").
     */
    private static boolean isSurname(Match match, String[] tokens) {
        int before = match.first() - 1;
        if (before < 0 || !isCapitalised(tokens[before]) || before == 0 && OPENERS.contains(tokens[0].toLowerCase())) {
            return false;
        }
        String word = tokens[before].toLowerCase();
        return !word.endsWith("se") && !word.endsWith("sch") && !word.endsWith("sche");
    }

    private static boolean isUsState(Match match, String[] tokens, List<Match> matches) {
        int town = match.first() - 2;
        return town >= 0 && tokens[town + 1].equals(",") && isCapitalised(tokens[town])
                && matches.stream().noneMatch(m -> m.first() <= town && town < m.end());
    }

    static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0))
                && token.chars().anyMatch(Character::isLowerCase);
    }
}
