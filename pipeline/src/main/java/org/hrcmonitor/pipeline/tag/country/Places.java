package org.hrcmonitor.pipeline.tag.country;

import java.util.List;
import java.util.Set;
import org.hrcmonitor.pipeline.tag.country.CountryDictionary.Match;
import org.hrcmonitor.pipeline.tag.country.GazetteerName.Form;

/**
 * Which of a sentence's matches name a place that is not the country: a river, a colony, a province or a city; or
 * a film or book named after it.
 *
 * <ul>
 *   <li>A river that gave a country its name, with the article the country does not take: "de Kongo", "de Niger",
 *       or before the word for river ("the Niger River").</li>
 *   <li>An adjective hyphenated to a place's name makes a colony's or region's name, which is neither the
 *       adjective's state nor the place's: "Portugees-Kongo", "Brits-Indië". Two adjectives stay
 *       ("Frans-Duitse").</li>
 *   <li>A country's name given to a province or city, after the word for it or before it in brackets: "de provincie
 *       Luxemburg", "Luxemburg (provincie)"; and to a work, so told apart in brackets: "Congo (film)".</li>
 *   <li>A country that shares its name with its capital, in a list of places that are no countries: "steden als
 *       Gent, Parijs en Luxemburg", "de treinen naar Namen en Luxemburg" (but "België en Luxemburg" stays).</li>
 * </ul>
 */
final class Places {
    private static final Set<String> RIVER_COUNTRIES = Set.of("Congo", "Kongo", "Niger", "Gambia");
    private static final Set<String> RIVER_WORDS = Set.of("rivier", "River", "river", "delta", "Delta");
    /** Kinds of place within a country that some places named after a country are. */
    private static final Set<String> PLACE_KINDS = Set.of("provincie", "province", "stad", "city", "gemeente",
            "regio", "region", "deelstaat");
    /** Works named after a country, told apart in brackets as reference works do: "Congo (film)". */
    private static final Set<String> WORK_KINDS = Set.of("film", "televisie", "televisieserie", "boek", "roman",
            "lied", "album", "single", "band", "schip", "tijdschrift", "spel", "opera", "novel", "song", "ship",
            "magazine", "game");
    private static final Set<String> CITY_STATES = Set.of("Luxemburg", "Luxembourg", "Singapore", "Monaco",
            "Djibouti", "Koeweit", "Kuwait", "Mexico", "Guatemala", "Panama", "San Marino");
    private static final Set<String> LIST_JOINERS = Set.of(",", "en", "and", "of", "or");
    private static final List<String> ADJECTIVE_ENDINGS = List.of("se", "sche", "s", "sch");

    private Places() {
    }

    /** For each match, whether it is part of a place's name rather than a mention of the country. */
    static boolean[] of(List<Match> matches, String[] tokens) {
        boolean[] place = colonies(matches, tokens);
        for (int i = 0; i < matches.size(); i++) {
            Match match = matches.get(i);
            String name = match.name().text();
            place[i] |= RIVER_COUNTRIES.contains(name) && isRiver(match, tokens)
                    || isPlaceWithin(match, tokens)
                    || CITY_STATES.contains(name) && inListOfPlaces(match, tokens, matches);
        }
        return place;
    }

    private static boolean isPlaceWithin(Match match, String[] tokens) {
        int after = match.end();
        return match.first() > 0 && PLACE_KINDS.contains(tokens[match.first() - 1])
                || after + 1 < tokens.length && tokens[after].equals("(")
                && (PLACE_KINDS.contains(tokens[after + 1]) || WORK_KINDS.contains(tokens[after + 1]));
    }

    private static boolean isRiver(Match match, String[] tokens) {
        return match.first() > 0 && tokens[match.first() - 1].equals("de")
                || match.end() < tokens.length && RIVER_WORDS.contains(tokens[match.end()]);
    }

    /**
     * Which matches are part of a colony's name: an adjective, a hyphen and a capitalised word that is no
     * adjective (of a state, or ending like one: -se, -sche, -s, -sch), and the country name that word may be. The
     * hyphen is a token of its own or, where the English tokenizer keeps it on the next word, that word's start.
     */
    private static boolean[] colonies(List<Match> matches, String[] tokens) {
        boolean[] colony = new boolean[matches.size()];
        for (int i = 0; i < matches.size(); i++) {
            Match match = matches.get(i);
            int hyphen = match.end();
            if (match.name().form() != Form.DEMONYM || hyphen >= tokens.length || !tokens[hyphen].startsWith("-")) {
                continue;
            }
            int place = tokens[hyphen].length() == 1 ? hyphen + 1 : hyphen;
            String word = place < tokens.length ? tokens[place].substring(place == hyphen ? 1 : 0) : "";
            Match next = i + 1 < matches.size() && matches.get(i + 1).first() == place ? matches.get(i + 1) : null;
            if (ContextRules.isCapitalised(word) && (next == null || next.name().form() != Form.DEMONYM)
                    && ADJECTIVE_ENDINGS.stream().noneMatch(word::endsWith)) {
                colony[i] = true;
                if (next != null) {
                    colony[i + 1] = true;
                }
            }
        }
        return colony;
    }

    /** Whether the name stands in a list next to a capitalised word, and no neighbour in the list is a country. */
    private static boolean inListOfPlaces(Match match, String[] tokens, List<Match> matches) {
        boolean placeNear = false;
        for (int[] side : new int[][] {{match.first() - 1, match.first() - 2}, {match.end(), match.end() + 1}}) {
            int joiner = side[0];
            int word = side[1];
            if (word >= 0 && word < tokens.length && LIST_JOINERS.contains(tokens[joiner])
                    && ContextRules.isCapitalised(tokens[word])) {
                if (matches.stream().anyMatch(m -> m.first() <= word && word < m.end())) {
                    return false;
                }
                placeNear = true;
            }
        }
        return placeNear;
    }
}
