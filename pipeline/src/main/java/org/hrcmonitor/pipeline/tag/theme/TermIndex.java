package org.hrcmonitor.pipeline.tag.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one language, compiled to word-form sequences, found in a sentence's words.
 *
 * <p>Dutch writes compounds as one word, so a single-word Dutch term also matches inside a longer word:
 * <ul>
 *   <li>as its head (the end): {@code discriminatie} in {@code rassendiscriminatie}, compared on matching forms.
 *       A compound is a kind of its head, so this is safe once the head is long enough ({@value #MIN_HEAD}
 *       letters) not to be a common word ending ({@code recht} in {@code onrecht} would not be);</li>
 *   <li>as its modifier (the start): {@code persvrijheid} in {@code persvrijheidsindex}, compared on surface forms,
 *       when the term has at least {@value #MIN_MODIFIER} letters and at least {@value #MIN_REST} letters follow
 *       ({@code religie} does not match {@code religies}, an inflection the forms already handle). A compound
 *       about press freedom is about press freedom; short modifiers ({@code pers} in {@code persoon}) are not
 *       trusted.</li>
 * </ul>
 * English compounds are separate words or hyphenated, which the word split already handles.
 */
final class TermIndex {
    static final int MIN_HEAD = 6;
    static final int MIN_MODIFIER = 7;
    static final int MIN_REST = 3;

    enum Kind { TERM, INSTRUMENT, CUE }

    /** A term: the theme it tags (null for cues and subjectless instruments), its text and word forms. */
    record Term(Kind kind, String theme, String text, List<WordForms.Word> words) {
    }

    /** Where a term was found: words {@code [from, to)} of the sentence. */
    record Match(Term term, int from, int to) {
    }

    private final boolean dutch;
    private final Map<String, List<Term>> byFirstForm = new HashMap<>();
    private final List<Term> compoundable = new ArrayList<>();

    TermIndex(Taxonomy taxonomy, WordForms forms, boolean dutch) {
        this.dutch = dutch;
        for (Theme theme : taxonomy.themes()) {
            for (String text : dutch ? theme.termsNl() : theme.termsEn()) {
                add(new Term(Kind.TERM, theme.id(), text, forms.words(text, dutch)));
            }
        }
        for (Instrument instrument : taxonomy.instruments()) {
            for (String name : instrument.names()) {
                add(new Term(Kind.INSTRUMENT, instrument.theme(), name, forms.words(name, dutch)));
            }
        }
        for (String cue : taxonomy.cues(dutch)) {
            add(new Term(Kind.CUE, null, cue, forms.words(cue, dutch)));
        }
    }

    private void add(Term term) {
        if (term.words().isEmpty()) {
            return;
        }
        byFirstForm.computeIfAbsent(term.words().get(0).form(), k -> new ArrayList<>()).add(term);
        if (dutch && term.kind() == Kind.TERM && term.words().size() == 1) {
            compoundable.add(term);
        }
    }

    /** Every occurrence of every term in the words, in order of their first word. */
    List<Match> find(List<WordForms.Word> words) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Term term : byFirstForm.getOrDefault(words.get(i).form(), List.of())) {
                if (startsAt(term, words, i)) {
                    matches.add(new Match(term, i, i + term.words().size()));
                }
            }
            for (Term term : compoundable) {
                if (inCompound(term.words().get(0), words.get(i))) {
                    matches.add(new Match(term, i, i + 1));
                }
            }
        }
        return matches;
    }

    private static boolean startsAt(Term term, List<WordForms.Word> words, int start) {
        if (start + term.words().size() > words.size()) {
            return false;
        }
        for (int k = 1; k < term.words().size(); k++) {
            if (!term.words().get(k).form().equals(words.get(start + k).form())) {
                return false;
            }
        }
        return true;
    }

    private static boolean inCompound(WordForms.Word term, WordForms.Word word) {
        if (word.form().equals(term.form())) {
            return false; // an exact match, found by the lookup already
        }
        boolean head = term.form().length() >= MIN_HEAD && word.form().length() > term.form().length()
                && word.form().endsWith(term.form());
        boolean modifier = term.lower().length() >= MIN_MODIFIER
                && word.lower().length() >= term.lower().length() + MIN_REST && word.lower().startsWith(term.lower());
        return head || modifier;
    }
}
