package org.hrcmonitor.pipeline.commit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the clause in which the author is the subject of a commissive form, on a sentence's lower-cased tokens.
 *
 * <p>Word order does the work a parser would: the author must start a clause and be followed by the form ("Het
 * Koninkrijk zal", "The Netherlands also supports"), or, in Dutch main clauses with something in front, follow the
 * form directly ("Samen met Canada zal het Koninkrijk"). An author inside a subordinate clause ("what steps the
 * Government intends to take", "welke punten Nederland wil inbrengen") is thus not taken, and neither is anyone
 * else's promise ("China will"). Questions and announcements about the text itself ("zal ik ingaan op", "I will set
 * out") are not commitments.
 */
final class Clauses {
    /** Where a clause can start: after these, or at the start of the sentence. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", ";", "–", "-", "—", "(", "\"", "“", "‘", "'",
            "en", "maar", "want", "and", "but", "so");
    /** Adverbs allowed between an English subject and its verb ("we also support", "the Netherlands firmly opposes"). */
    private static final Set<String> ADVERBS = Set.of("also", "further", "furthermore", "therefore", "hereby",
            "still", "again", "often", "thus", "moreover", "always", "too", "not");
    private static final int OPENING_PHRASE = 6;
    private static final Set<String> OPENING_WORDS = Set.of("in", "during", "at", "by", "over", "from", "next",
            "this", "later", "after", "before", "until", "throughout", "within", "as");
    private static final Set<String> SUBORDINATORS = Set.of("that", "which", "what", "whether", "how", "who", "when",
            "where", "why", "if");
    private static final Set<String> ABOUT_THE_TEXT = Set.of("ingaan", "beschrijf", "beschrijven", "toelichten",
            "schets", "schetsen", "aanduiden", "noemen", "describe", "outline");

    /** @param actorFrom first word of the author phrase @param actorTo one past its last @param verb the form */
    record Clause(int actorFrom, int actorTo, int verb) {}

    private Clauses() {
    }

    static Optional<Clause> find(List<String> words, boolean dutch) {
        if (!words.isEmpty() && words.get(words.size() - 1).equals("?")) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            Optional<Clause> clause = Optional.empty();
            int length = Author.matchAt(words, i, dutch);
            if (!dutch && Author.isAuthorWill(words.get(i)) && CommissiveForms.modalCommits(words, i + 1) && (i == 0
                    || CLAUSE_OPENERS.contains(words.get(i - 1)) || afterOpeningPhrase(words, i))) {
                clause = Optional.of(new Clause(i, i + 1, i));
            } else if (length > 0) {
                clause = subjectFirst(words, i, i + length, dutch);
                if (clause.isEmpty() && dutch && i > 1 && CommissiveForms.commitsAt(words, i - 1, true)
                        && agrees(words.get(i - 1), words.subList(i, i + length))) {
                    clause = Optional.of(new Clause(i, i + length, i - 1));
                }
            }
            if (clause.isPresent() && !aboutTheText(words, clause.get())) {
                return clause;
            }
        }
        return Optional.empty();
    }

    private static Optional<Clause> subjectFirst(List<String> words, int from, int to, boolean dutch) {
        if (from > 0 && !CLAUSE_OPENERS.contains(words.get(from - 1)) && (dutch || !afterOpeningPhrase(words, from))) {
            return Optional.empty();
        }
        int verb = to;
        while (!dutch && verb < words.size() && verb < to + 2 && isAdverb(words.get(verb))) {
            verb++;
        }
        return verb < words.size() && CommissiveForms.commitsAt(words, verb, dutch)
                && (!dutch || agrees(words.get(verb), words.subList(from, to))
                    || from > 0 && words.get(from - 1).equals("en") && plural(words.get(verb)))
                ? Optional.of(new Clause(from, to, verb)) : Optional.empty();
    }

    /**
     * Whether an English subject follows a short opening phrase written without a comma ("In the coming year we
     * will"), as opposed to standing inside a subordinate clause ("asked what steps the Government intends").
     */
    private static boolean afterOpeningPhrase(List<String> words, int subject) {
        return subject <= OPENING_PHRASE && OPENING_WORDS.contains(words.get(0))
                && words.subList(0, subject).stream().noneMatch(SUBORDINATORS::contains);
    }

    /**
     * Dutch subject-verb agreement: a plural form ("zullen", "zetten") needs "wij"/"we", a singular one the rest.
     * It tells "Samen met Canada zal het Koninkrijk" (subject) from "... ambtenaren zullen het Koninkrijk
     * vertegenwoordigen" (object).
     */
    private static boolean agrees(String verb, List<String> actor) {
        boolean plural = actor.size() == 1 && (actor.get(0).equals("wij") || actor.get(0).equals("we"));
        return plural(verb) == plural;
    }

    /** Dutch plurals end in "-en", or "-aan" for "gaan", "staan", "slaan"; "ben" is singular. */
    static boolean plural(String verb) {
        return verb.endsWith("en") && !verb.equals("ben") || verb.endsWith("aan");
    }

    private static boolean isAdverb(String word) {
        return ADVERBS.contains(word) || word.length() > 4 && word.endsWith("ly");
    }

    private static boolean aboutTheText(List<String> words, Clause clause) {
        for (int i = clause.verb(); i < words.size(); i++) {
            if (ABOUT_THE_TEXT.contains(words.get(i))
                    || words.get(i).equals("set") && i + 1 < words.size() && words.get(i + 1).equals("out")) {
                return true;
            }
        }
        return false;
    }
}
