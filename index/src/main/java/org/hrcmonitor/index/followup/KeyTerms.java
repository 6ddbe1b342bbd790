package org.hrcmonitor.index.followup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key terms of a commitment's sentence, as cues: each glossary concept the sentence uses (with its forms in both
 * languages), then each remaining content word (looked for in both languages, which catches shared words such as
 * "OHCHR" or "accountability").
 *
 * <p>Left out: stop words, the words of the actor, the partners and the time frame (other cues, or no evidence of
 * anything), and the verbs that make a sentence a commitment ("zal", "blijven inzetten", "will continue"), which say
 * that something is promised, not what.
 */
final class KeyTerms {
    private static final String PROMISE_WORDS = "zullen zal blijven inzetten zetten streven voornemens willen wil "
            + "gaan samen daarbij daarnaast hierbij hiervoor bovendien tevens verder onder meer actief nadrukkelijk "
            + "ook altijd together will shall continue commit committed intend pledge also further remain actively";

    private KeyTerms() {}

    /**
     * @param leaveOut text whose words are no key terms (actor, partner names, time frame)
     */
    static List<Cue> of(String language, String sentence, List<String> leaveOut) {
        List<Analysis.Token> tokens = Analysis.tokens(language, sentence);
        Set<String> excluded = new HashSet<>(Analysis.terms(language, PROMISE_WORDS));
        leaveOut.forEach(text -> excluded.addAll(Analysis.terms(language, text)));
        BitSet covered = new BitSet(tokens.size());
        List<Cue> cues = new ArrayList<>();
        for (Glossary.Entry entry : Glossary.entries()) {
            for (String form : entry.in(language)) {
                List<String> terms = Analysis.terms(language, form);
                int at = find(tokens, terms);
                if (at >= 0 && !excluded.containsAll(terms)) {
                    int length = terms.size();
                    covered.set(at, at + length);
                    String written = sentence.substring(tokens.get(at).start(), tokens.get(at + length - 1).end());
                    cues.add(new Cue(Cue.Kind.TERM, written, Map.of("nl", entry.nl(), "en", entry.en())));
                    break;
                }
            }
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Analysis.Token t = tokens.get(i);
            boolean content = t.term().length() > 2 && !t.term().chars().allMatch(Character::isDigit);
            if (!covered.get(i) && content && !excluded.contains(t.term())) {
                words.putIfAbsent(t.term(), sentence.substring(t.start(), t.end()));
            }
        }
        words.values().forEach(w -> cues.add(new Cue(Cue.Kind.TERM, w, Map.of("nl", List.of(w), "en", List.of(w)))));
        return cues;
    }

    /** Where the term sequence starts in the tokens, or -1. */
    private static int find(List<Analysis.Token> tokens, List<String> terms) {
        if (terms.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + terms.size() <= tokens.size(); i++) {
            boolean all = true;
            for (int j = 0; j < terms.size() && all; j++) {
                all = tokens.get(i + j).term().equals(terms.get(j));
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }
}
