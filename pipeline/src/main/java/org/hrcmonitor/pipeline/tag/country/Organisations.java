package org.hrcmonitor.pipeline.tag.country;

import java.util.List;
import java.util.Set;
import org.hrcmonitor.pipeline.tag.country.CountryDictionary.Match;
import org.hrcmonitor.pipeline.tag.country.GazetteerName.Form;

/**
 * Whether a match is a country word inside the name of an organisation, a club or a named thing, which is no mention
 * of the country.
 *
 * <ul>
 *   <li>A Dutch abbreviation before a capitalised word, as a club's name starts: "VK Elzestraat"; after an article
 *       or a preposition it is the country ("in de VS. Hij ...", where the full stop was not seen as a sentence's
 *       end).</li>
 *   <li>A country ending a Dutch organisation's name: "Bond der Bedienden, Technici en Kaders van België". The name
 *       is read back from "van" over capitalised words and joining words to its head, up to an article.</li>
 *   <li>An adjective inside an organisation's or a championship's name: before a capitalised word that heads one
 *       ("de Nederlandse Zorgautoriteit", "de Nederlandse Hervormde Kerk", "the Chinese Academy", "het Belgisch
 *       Kampioenschap") or after "Koninklijke" ("de Koninklijke Nederlandse Voetbalbond"). Before a person's name it
 *       stays: "de Thaise Tamarine Tanasugarn".</li>
 * </ul>
 */
final class Organisations {
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
    private static final Set<String> DUTCH_ABBREVIATIONS = Set.of("VS", "VK");
    private static final Set<String> ARTICLES_AND_PREPOSITIONS = Set.of("de", "het", "in", "naar", "uit", "met",
            "van", "voor", "tussen", "door", "tegen", "bij", "op", "over", "aan");
    /** Words inside a Dutch organisation's name between its head and the country ending it. */
    private static final Set<String> NAME_JOINERS = Set.of("der", "van", "voor", "en", ",");
    private static final Set<String> NAME_OPENERS = Set.of("Koninklijke", "Koninklijk", "Royal");

    private Organisations() {
    }

    static boolean inName(Match match, String[] tokens) {
        GazetteerName name = match.name();
        return name.form() == Form.DEMONYM && inOrganisationName(match, tokens)
                || name.form() == Form.NAME && endsOrganisationName(match, tokens)
                || DUTCH_ABBREVIATIONS.contains(name.text()) && startsClubName(match, tokens);
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
            if (!ContextRules.isCapitalised(tokens[i])) {
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

    private static boolean startsClubName(Match match, String[] tokens) {
        return match.end() < tokens.length && ContextRules.isCapitalised(tokens[match.end()])
                && (match.first() == 0 || !ARTICLES_AND_PREPOSITIONS.contains(tokens[match.first() - 1].toLowerCase()));
    }

    private static boolean endsOrganisationName(Match match, String[] tokens) {
        int i = match.first() - 1;
        if (i < 1 || !tokens[i].equals("van") && !tokens[i].equals("der")) {
            return false;
        }
        for (i--; i >= 0 && (ContextRules.isCapitalised(tokens[i]) || NAME_JOINERS.contains(tokens[i])); i--) {
            String word = tokens[i].toLowerCase();
            if (ContextRules.isCapitalised(tokens[i]) && DUTCH_HEADS.stream().anyMatch(word::endsWith)) {
                return true;
            }
        }
        return false;
    }
}
