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
 *   <li>A Dutch abbreviation before a capitalised word, as a club's name starts: "VK Elzestraat"; after an article
 *       or a preposition it is the country ("in de VS. Hij ...", where the full stop was not seen as a sentence's
 *       end).</li>
 *   <li>A country ending a Dutch organisation's name: "Bond der Bedienden, Technici en Kaders van België". The name
 *       is read back from "van" over capitalised words and joining words to its head, up to an article.</li>
 *   <li>An adjective inside an organisation's or a championship's name: before a capitalised word that heads one
 *       ("de Nederlandse Zorgautoriteit", "de Nederlandse Hervormde Kerk", "the Chinese Academy", "het Belgisch
 *       Kampioenschap") or after "Koninklijke" ("de Koninklijke Nederlandse Voetbalbond"). Before a person's name it
 *       stays: "de Thaise Tamarine Tanasugarn".</li>
 *   <li>The biblical Israel, God's people, in a sentence of biblical words ("Gods volk", "de profeet").</li>
 *   <li>Adjectives naming a language ({@link Languages}), and names of rivers, colonies, provinces and cities
 *       ({@link Places}).</li>
 * </ul>
 */
final class ContextRules {
    private static final Set<String> PERSONAL_NAMES = Set.of("Jordan", "Chad", "Georgia", "Frans", "Fransen",
            "Holland", "India", "Israel", "Kenya");
    /**
     * Words that open a sentence before a country ("In Jordan", "Volgens Chad"); any other first word is a name,
     * unless it looks like an English verb of a UN summary ("Welcomed Jordan's", "Thanks Chad").
     */
    /** Of those, the ones that are first names, as after a title or before a particle ("hertog Frans van"). */
    private static final Set<String> FIRST_NAMES = Set.of("Jordan", "Chad", "Georgia", "Frans", "India", "Israel",
            "Kenya");
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
    /** How the head word of an organisation's name ends, in Dutch and English (compounds: "Zorgautoriteit"). */
    private static final List<String> DUTCH_HEADS = List.of("stichting", "vereniging", "bond", "bank", "spoorwegen",
            "omroep", "instituut", "autoriteit", "maatschappij", "academie", "akademie", "museum", "orkest", "opera",
            "dagblad", "courant", "genootschap", "school", "universiteit", "federatie", "gemeenschap", "kerk", "kruis",
            "bibliotheek", "centrum", "organisatie", "kampioenschap", "kampioenschappen", "beker", "trofee", "leger",
            "partij", "compagnie", "garde", "concilie", "oorlog", "tuin");
    private static final List<String> ENGLISH_HEADS = List.of("foundation", "organization", "organisation",
            "association", "society", "institute", "academy", "orchestra", "university", "railways", "airlines",
            "airways", "church", "cross", "corporation", "championship", "championships", "cup", "trophy", "army",
            "party", "company", "federation", "guard", "council", "war");
    /** Words before a first name ("hertog Frans"), and particles between a first name and a surname. */
    private static final Set<String> TITLES = Set.of("hertog", "koning", "keizer", "prins", "graaf", "vorst", "paus",
            "aartshertog", "bisschop", "sint", "duke", "king", "emperor", "prince", "count", "pope", "saint");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "ter", "ten", "le", "la");
    private static final Set<String> DUTCH_ABBREVIATIONS = Set.of("VS", "VK");
    private static final Set<String> ARTICLES_AND_PREPOSITIONS = Set.of("de", "het", "in", "naar", "uit", "met",
            "van", "voor", "tussen", "door", "tegen", "bij", "op", "over", "aan");
    /** Words inside a Dutch organisation's name between its head and the country ending it. */
    private static final Set<String> NAME_JOINERS = Set.of("der", "van", "voor", "en", ",");
    private static final Set<String> NAME_OPENERS = Set.of("Koninklijke", "Koninklijk", "Royal");
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
                    || name.form() == Form.DEMONYM && inOrganisationName(match, tokens)
                    || name.form() == Form.NAME && endsOrganisationName(match, tokens)
                    || DUTCH_ABBREVIATIONS.contains(name.text()) && startsClubName(match, tokens)
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

    /**
     * Whether the capitalised words right after the adjective end in an organisation's head word, or a name opens it.
     */
    private static boolean inOrganisationName(Match match, String[] tokens) {
        if (match.first() > 0 && NAME_OPENERS.contains(tokens[match.first() - 1])) {
            return true;
        }
        // the parts of a hyphenated name were split ("Russisch-Orthodoxe Kerk"), so a hyphen continues it
        for (int i = match.end(); i < Math.min(tokens.length, match.end() + 4); i++) {
            if (tokens[i].equals("-")) {
                continue;
            }
            if (!isCapitalised(tokens[i])) {
                return false;
            }
            String word = tokens[i].toLowerCase();
            if (DUTCH_HEADS.stream().anyMatch(word::endsWith)) {
                return true;
            }
            // a Dutch adjective before an English name describes the body: "de Britse Society for ..."
            if (ENGLISH_HEADS.stream().anyMatch(word::endsWith)) {
                return !match.name().language().equals("nl");
            }
        }
        return false;
    }

    private static boolean isTitledOrParticled(Match match, String[] tokens) {
        int before = match.first() - 1;
        int after = match.end();
        return before >= 0 && TITLES.contains(tokens[before].toLowerCase())
                || after + 1 < tokens.length && PARTICLES.contains(tokens[after]) && isCapitalised(tokens[after + 1]);
    }

    private static boolean startsClubName(Match match, String[] tokens) {
        return match.end() < tokens.length && isCapitalised(tokens[match.end()])
                && (match.first() == 0 || !ARTICLES_AND_PREPOSITIONS.contains(tokens[match.first() - 1].toLowerCase()));
    }

    private static boolean endsOrganisationName(Match match, String[] tokens) {
        int i = match.first() - 1;
        if (i < 1 || !tokens[i].equals("van") && !tokens[i].equals("der")) {
            return false;
        }
        for (i--; i >= 0 && (isCapitalised(tokens[i]) || NAME_JOINERS.contains(tokens[i])); i--) {
            String word = tokens[i].toLowerCase();
            if (isCapitalised(tokens[i]) && DUTCH_HEADS.stream().anyMatch(word::endsWith)) {
                return true;
            }
        }
        return false;
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
