package org.hrcmonitor.pipeline.commit;

import java.util.List;
import java.util.Set;

/**
 * Dutch promises made without a commissive verb, through future meaning: "gaan" with an infinitive closing the clause
 * ("Wij gaan de steun uitbreiden"), and a plain present tense in a sentence that names a time ahead ("Het kabinet
 * trekt de komende drie jaar 5 miljoen euro uit", "Ook volgend jaar financiert Nederland ..."). Dutch states plans
 * in the present as often as with "zal". Auxiliaries and copulas are left out: "is de komende jaren lid" describes.
 */
final class DutchFuture {
    private static final Set<String> GAAN = Set.of("ga", "gaat", "gaan");
    private static final Set<String> NOT_AN_ACTION = Set.of("is", "ben", "zijn", "wordt", "worden", "heeft",
            "hebben", "kan", "kunnen", "moet", "moeten", "mag", "mogen", "zou", "zouden", "was", "waren", "had");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", ":", "!", "(", ")");
    /** Words that on their own point ahead. */
    private static final Set<String> AHEAD = Set.of("komende", "komend", "binnenkort", "voortaan", "straks");
    /** Words that point ahead before one of {@link #PERIODS} ("volgend jaar", "volgende zitting"). */
    private static final Set<String> NEXT = Set.of("volgend", "volgende");
    private static final Set<String> PERIODS = Set.of("jaar", "week", "maand", "zitting", "sessie", "kabinetsperiode");

    private DutchFuture() {
    }

    /** Whether the finite verb at {@code verb} commits by future meaning. */
    static boolean commitsAt(List<String> words, int verb) {
        String form = words.get(verb);
        if (NOT_AN_ACTION.contains(form)) {
            return false;
        }
        if (GAAN.contains(form) && endsWithInfinitive(words, verb)) {
            return true;
        }
        return (form.endsWith("t") || Clauses.plural(form)) && form.length() > 2 && namesTimeAhead(words);
    }

    /** "gaan ... uitbreiden": the word closing the clause after the verb is an infinitive. */
    private static boolean endsWithInfinitive(List<String> words, int verb) {
        int end = verb + 1;
        while (end < words.size() && !CLAUSE_ENDS.contains(words.get(end))) {
            end++;
        }
        String last = words.get(end - 1);
        return end - 1 > verb + 1 && last.length() > 4 && last.endsWith("en");
    }

    static boolean namesTimeAhead(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (AHEAD.contains(w) || NEXT.contains(w) && i + 1 < words.size() && PERIODS.contains(words.get(i + 1))
                    || w.equals("korte") && i > 0 && words.get(i - 1).equals("op") && i + 1 < words.size()
                    && words.get(i + 1).equals("termijn")) {
                return true;
            }
        }
        return false;
    }
}
