package org.hrcmonitor.pipeline.commit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The action of a commitment in a few words: the content words of its clause from the commissive form on, without
 * the author, auxiliaries ("zal", "will", "blijft", "intends"), function words, the time frame and the partners.
 * "Samen met Canada zal het Koninkrijk in de Mensenrechtenraad de resolutie voor de mandaatverlenging van de
 * VN-expert voor vrijheid van meningsuiting trekken" becomes "Mensenrechtenraad resolutie mandaatverlenging VN-expert
 * vrijheid meningsuiting trekken": enough to recognise the promise in a list and to search for its follow-up.
 * Negation stays ("niet", "not"): "will not support" is a different promise.
 */
final class Actions {
    static final int MAX_WORDS = 8;
    private static final Set<String> AUXILIARIES = Set.of("zal", "zullen", "wil", "willen", "blijft", "blijven",
            "streeft", "streven", "is", "zijn", "voornemens", "plan", "beoogt", "beogen", "will", "shall", "'ll",
            "intends", "intend", "plans", "aims", "aim", "seeks", "seek", "continues", "continue", "remains", "remain",
            "are", "am", "has", "have", "wants", "want", "going", "be", "worden", "te", "to");
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of( // Dutch, then English; "of" is in both
            "de", "het", "een", "en", "of", "van", "in", "op", "voor", "met", "aan", "bij", "door", "over", "om", "tot",
            "naar", "uit", "als", "die", "dat", "dit", "deze", "zich", "ons", "onze", "haar", "hun", "er", "erop",
            "ernaar", "daarbij", "daarnaast", "hierbij", "hiervoor", "daartoe", "ook", "bovendien", "tevens", "verder",
            "waar", "nodig", "relevant", "mede", "onder", "meer", "zoals", "dan", "nog", "wel", "opnieuw", "actief",
            "steeds", "altijd", "voorkeur", "zowel", "alsook", "andere", "samen",
            "the", "a", "an", "and", "or", "of", "on", "for", "with", "at", "by", "from", "as", "that", "which",
            "who", "this", "these", "its", "their", "our", "itself", "ourselves", "also", "further", "furthermore",
            "moreover", "therefore", "again", "still", "all", "together", "such", "other", "able",
            "ter", "via", "tussen", "naast", "inclusief", "bijvoorbeeld", "specifiek", "daarom", "af", "we", "wij", "ik",
            "i", "us", "into", "about", "including"));
    /** Dutch separable verbs whose particle stands at the clause's end: the action names the whole verb once. */
    private static final Map<String, Separable> SEPARABLE = separable(
            "inzetten in zet zetten", "aandringen aan dringt dringen", "aankaarten aan kaart kaarten",
            "oproepen op roept roepen", "optrekken op trekt trekken", "afgeven af geeft geven",
            "bijdragen bij draagt dragen", "toezeggen toe zeg zegt zeggen", "inspannen in spant spannen",
            "sterk_maken sterk maakt maken");

    /** @param name the verb as the action shows it @param particle the word at the clause's end that belongs to it */
    private record Separable(String name, String particle) {}

    private Actions() {
    }

    /**
     * @param words  the sentence's tokens as written
     * @param clause where the author and the commissive form stand
     * @param skip   tokens that belong to the time frame or name a partner
     */
    static String of(List<String> words, Clauses.Clause clause, boolean[] skip) {
        List<String> kept = new ArrayList<>();
        Separable verb = SEPARABLE.get(words.get(clause.verb()).toLowerCase());
        boolean aside = false;
        for (int i = clause.verb(); i < words.size() && kept.size() < MAX_WORDS; i++) {
            String word = words.get(i);
            String lower = word.toLowerCase();
            if (lower.equals(";")) {
                break;
            }
            // an aside between dashes or in brackets ("– voortbouwend op ... –", "(wederom)") is no part of the action
            if (lower.equals("–") || lower.equals("—") || lower.equals("(") || lower.equals(")")) {
                aside = !lower.equals(")") && !(aside && !lower.equals("("));
                continue;
            }
            boolean actor = i >= clause.actorFrom() && i < clause.actorTo();
            if (i == clause.verb() && verb != null) {
                kept.add(verb.name());
            } else if (verb != null && lower.equals(verb.particle())) {
                continue;
            } else if (!aside && !actor && !skip[i] && isWord(word) && !AUXILIARIES.contains(lower)
                    && !FUNCTION_WORDS.contains(lower)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    /** Each entry: the whole verb ("_" for a space), its particle, then its finite forms. */
    private static Map<String, Separable> separable(String... entries) {
        Map<String, Separable> verbs = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split(" ");
            for (int i = 2; i < parts.length; i++) {
                verbs.put(parts[i], new Separable(parts[0].replace('_', ' '), parts[1]));
            }
        }
        return verbs;
    }

    private static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
