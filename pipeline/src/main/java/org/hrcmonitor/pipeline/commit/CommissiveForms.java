package org.hrcmonitor.pipeline.commit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finite verb forms that commit the subject to an action or position, in Dutch and English.
 *
 * <p>Some forms commit on their own ("zal", "blijft", "will", "supports"). Others only with a word later in the
 * clause, which for Dutch separable verbs is the particle at the end ("zet ... in", "spreekt ... uit") and for the
 * rest a complement that makes the reading ("vraagt om", "is voornemens", "is committed", "calls for"). Past forms
 * are absent on purpose: "zette zich in", "supported" report, they do not commit.
 */
final class CommissiveForms {
    private static final Set<String> ANY = Set.of();
    private static final Map<String, Set<String>> DUTCH = new HashMap<>();
    private static final Map<String, Set<String>> ENGLISH = new HashMap<>();
    private static final Set<String> MODALS = Set.of("will", "shall", "'ll");
    private static final Set<String> MODAL_ADVERBS = Set.of("now", "also", "always", "further", "therefore");
    private static final Set<String> ATTITUDES = Set.of("welcome", "appreciate", "value", "regret", "hope");
    private static final Set<String> BE_STANCES = Set.of("committed", "determined", "ready", "willing", "prepared");

    static {
        dutch(ANY, "zal", "zullen", "wil", "willen", "blijft", "blijven", "streeft", "streven", "steunt", "steunen",
                "ondersteunt", "ondersteunen", "pleit", "pleiten", "veroordeelt", "veroordelen", "committeert",
                "committeren", "bevordert", "bevorderen", "beoogt", "beogen");
        dutch(Set.of("in"), "zet", "zetten");
        dutch(Set.of("aan"), "dringt", "dringen", "kaart", "kaarten");
        dutch(Set.of("uit", "aan"), "spreekt", "spreken");
        dutch(Set.of("om", "aandacht"), "vraagt", "vragen");
        dutch(Set.of("op"), "roept", "roepen", "trekt", "trekken");
        dutch(Set.of("sprake", "orde"), "breng", "brengt", "brengen");
        dutch(Set.of("orde"), "stel", "stelt", "stellen");
        dutch(Set.of("graag"), "ziet", "zien");
        dutch(Set.of("voornemens", "plan", "bereid"), "ben", "is", "zijn");
        dutch(Set.of("nadruk"), "legt", "leggen");
        dutch(Set.of("verantwoordelijkheid"), "neemt", "nemen");
        dutch(Set.of("bij"), "draagt", "dragen");
        dutch(Set.of("af"), "geeft", "geven");
        dutch(Set.of("toe"), "zeg", "zegt", "zeggen");
        dutch(Set.of("in"), "spant", "spannen");
        dutch(Set.of("sterk"), "maakt", "maken");
        english(ANY, "will", "shall", "'ll", "intends", "intend", "plans", "aims", "aim", "seeks", "seek", "commits",
                "commit", "pledges", "pledge", "undertakes", "undertake", "continues", "continue", "supports",
                "support", "advocates", "advocate", "reiterates", "reiterate", "urges", "urge", "opposes", "oppose",
                "condemns", "condemn", "strives", "strive", "recommends", "recommend", "encourages", "encourage");
        english(Set.of("for", "on", "upon"), "calls", "call");
        english(Set.of("committed", "engaged", "determined"), "remains", "remain");
        english(Set.of("committed", "determined", "resolved", "going", "willing", "prepared"), "is", "are", "am");
        english(Set.of("call"), "repeats", "repeat");
        english(Set.of("to"), "wants", "want");
        english(Set.of("committed", "pledged"), "has", "have");
    }

    private CommissiveForms() {
    }

    /**
     * Whether the word at {@code verb} commits its subject. A complement must come later in the clause (before a
     * semicolon); for English copulas and auxiliaries ("is committed", "has pledged") it must come next, after at
     * most one adverb. A Dutch verb outside the lexicon, or without its complement, may still commit by future
     * meaning ({@link DutchFuture}).
     */
    static boolean commitsAt(List<String> words, int verb, boolean dutch) {
        Set<String> needs = (dutch ? DUTCH : ENGLISH).get(words.get(verb));
        if (needs == null) {
            return dutch && DutchFuture.commitsAt(words, verb);
        }
        if (needs.isEmpty()) {
            return dutch || !MODALS.contains(words.get(verb)) || modalCommits(words, verb + 1);
        }
        int end = dutch || !Set.of("is", "are", "am", "has", "have", "remains", "remain", "wants", "want")
                .contains(words.get(verb)) ? words.size() : Math.min(words.size(), verb + 3);
        for (int i = verb + 1; i < end && !words.get(i).equals(";"); i++) {
            if (needs.contains(words.get(i))) {
                return true;
            }
        }
        return dutch && DutchFuture.commitsAt(words, verb);
    }

    /**
     * Whether the English modal just before {@code after} promises an action. Not when it only forecasts a state
     * ("shall be in a position to", "will be able") or an attitude ("will welcome any support"): the convention
     * labels "we welcome" no commitment, and a modal in front does not change that. "will be" still commits before
     * a participle or a stance ("will be investing", "will be committed").
     */
    static boolean modalCommits(List<String> words, int after) {
        int next = after;
        while (next < words.size() && MODAL_ADVERBS.contains(words.get(next))) {
            next++;
        }
        if (next >= words.size()) {
            return true;
        }
        String word = words.get(next);
        if (word.equals("be")) {
            String then = next + 1 < words.size() ? words.get(next + 1) : "";
            return then.endsWith("ing") || BE_STANCES.contains(then);
        }
        return !ATTITUDES.contains(word);
    }

    private static void dutch(Set<String> needs, String... forms) {
        for (String form : forms) {
            DUTCH.put(form, needs);
        }
    }

    private static void english(Set<String> needs, String... forms) {
        for (String form : forms) {
            ENGLISH.put(form, needs);
        }
    }
}
