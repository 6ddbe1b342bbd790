package org.hrcmonitor.pipeline.tag.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The terms of one language, compiled to word-form sequences, found in a sentence's words.
 *
 * <p>Dutch writes compounds as one word, so a Dutch term also matches inside a longer word:
 * <ul>
 *   <li>as its head (the end): {@code discriminatie} in {@code rassendiscriminatie}, compared on matching forms; for
 *       a multi-word term its first word, the rest following as words ({@code officier van justitie} in
 *       {@code discriminatieofficier van justitie}). A compound is a kind of its head, so this is safe once the head
 *       is long enough ({@value #MIN_HEAD} letters) not to be a common word ending ({@code recht} in {@code onrecht}
 *       would not be), when at least {@value #MIN_REST} letters come before it ({@code gelijkheid} is not in
 *       {@code mogelijkheid}), when the compound does not end in a known word only a letter or two longer than the
 *       term ({@code keuzemogelijkheid} is split as {@code keuze + mogelijkheid}, so it holds no {@code gelijkheid}),
 *       and only when the term's form is its own word: a term the lemma table turns into another word's verb
 *       ({@code gevangene} to {@code vangen}) would otherwise be found in {@code ontvangen};</li>
 *   <li>as its modifier (the start), single-word terms only: {@code persvrijheid} in {@code persvrijheidsindex},
 *       compared on surface forms, when the term has at least {@value #MIN_MODIFIER} letters and at least
 *       {@value #MIN_REST} letters follow ({@code religie} does not match {@code religies}, an inflection the forms
 *       already handle). A compound about press freedom is about press freedom; short modifiers ({@code pers} in
 *       {@code persoon}) are not trusted.</li>
 * </ul>
 * English compounds are separate words or hyphenated, which the word split already handles. A term written with a
 * capital ({@code het College}, the defined name of a body in a law) matches that word only as written.
 */
final class TermIndex {
    static final int MIN_HEAD = 6;
    static final int MIN_MODIFIER = 7;
    static final int MIN_REST = 3;
    private static final int SAME_START = 4;

    enum Kind { TERM, INSTRUMENT, CUE, BODY, NAME }

    /** A term: the theme it tags (null for cues, names and subjectless instruments), its text and word forms. */
    record Term(Kind kind, String theme, String text, List<WordForms.Word> words) {
        boolean cased() {
            return !text.equals(text.toLowerCase(Locale.ROOT));
        }
    }

    /** A term's word written with a capital is compared as written, any other on its matching form. */
    private static boolean same(WordForms.Word own, WordForms.Word word) {
        return own.surface().equals(own.lower()) ? own.form().equals(word.form())
                : own.surface().equals(word.surface());
    }

    /** Where a term was found: words {@code [from, to)} of the sentence; in a compound, only part of the first. */
    record Match(Term term, int from, int to, boolean inCompound) {
    }

    private final boolean dutch;
    private final WordForms forms;
    private final Map<String, List<Term>> byFirstForm = new HashMap<>();
    /** Dutch terms that may end a compound, by their first word's form, and that may start one, by its surface. */
    private final Map<String, List<Term>> byHead = new HashMap<>();
    private final Map<String, List<Term>> byModifier = new HashMap<>();

    TermIndex(Taxonomy taxonomy, WordForms forms, boolean dutch) {
        this.dutch = dutch;
        this.forms = forms;
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
        for (Body body : taxonomy.bodies()) {
            for (String name : body.names()) {
                add(new Term(Kind.BODY, body.theme(), name, forms.words(name, dutch)));
            }
        }
        for (String name : taxonomy.names(dutch)) {
            add(new Term(Kind.NAME, null, name, forms.words(name, dutch)));
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
        if (dutch && term.kind() == Kind.TERM && !term.cased()) {
            byHead.computeIfAbsent(term.words().get(0).form(), k -> new ArrayList<>()).add(term);
            if (term.words().size() == 1) {
                byModifier.computeIfAbsent(term.words().get(0).lower(), k -> new ArrayList<>()).add(term);
            }
        }
    }

    /** Every occurrence of every term in the words, in order of their first word. */
    List<Match> find(List<WordForms.Word> words) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (dutch && words.get(i).fragment()) {
                fragmentMatch(words.get(i), i).ifPresent(matches::add);
                continue;
            }
            for (Term term : byFirstForm.getOrDefault(words.get(i).form(), List.of())) {
                if (same(term.words().get(0), words.get(i)) && restFollows(term, words, i)) {
                    matches.add(new Match(term, i, i + term.words().size(), false));
                }
            }
            for (Term term : compoundCandidates(words.get(i))) {
                if (inCompound(term, words.get(i)) && restFollows(term, words, i)) {
                    matches.add(new Match(term, i, i + term.words().size(), true));
                }
            }
        }
        return matches;
    }

    /**
     * A compound's first part written alone ("school- of beroepskeuze" for "schoolkeuze of beroepskeuze") is a
     * modifier, so it is matched as compound modifiers are: only single-word terms of at least {@value #MIN_MODIFIER}
     * letters ("vrouwenrechten- en srgr-organisaties"; "opsporings-" with its linking s), never an everyday word
     * ("arbeids- en seksuele uitbuiting" is about exploitation, not work).
     */
    private Optional<Match> fragmentMatch(WordForms.Word word, int at) {
        for (int k = word.lower().length(); k >= MIN_MODIFIER; k--) {
            for (Term term : byModifier.getOrDefault(word.lower().substring(0, k), List.of())) {
                if (word.lower().length() - k <= 1) {
                    return Optional.of(new Match(term, at, at + 1, true));
                }
            }
        }
        return Optional.empty();
    }

    /** The terms whose first word ends or starts this word: looked up by its endings and beginnings. */
    private Set<Term> compoundCandidates(WordForms.Word word) {
        Set<Term> found = new LinkedHashSet<>();
        String form = word.form();
        for (int k = MIN_REST; k <= form.length() - MIN_HEAD; k++) {
            found.addAll(byHead.getOrDefault(form.substring(k), List.of()));
        }
        String lower = word.lower();
        for (int k = MIN_MODIFIER; k <= lower.length() - MIN_REST; k++) {
            found.addAll(byModifier.getOrDefault(lower.substring(0, k), List.of()));
        }
        return found;
    }

    private static boolean restFollows(Term term, List<WordForms.Word> words, int start) {
        if (start + term.words().size() > words.size()) {
            return false;
        }
        for (int k = 1; k < term.words().size(); k++) {
            if (!same(term.words().get(k), words.get(start + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean inCompound(Term term, WordForms.Word word) {
        WordForms.Word first = term.words().get(0);
        if (word.form().equals(first.form())) {
            return false; // an exact match, found by the lookup already
        }
        boolean head = first.form().length() >= MIN_HEAD && word.form().length() >= first.form().length() + MIN_REST
                && word.form().endsWith(first.form()) && ownWord(first) && !longerHead(word.form(), first.form());
        boolean modifier = term.words().size() == 1 && first.lower().length() >= MIN_MODIFIER
                && word.lower().length() >= first.lower().length() + MIN_REST && word.lower().startsWith(first.lower());
        return head || modifier;
    }

    /**
     * Whether the compound's real head is a known word that merely ends like the term: one or two letters more than
     * the term, too few to be a modifier of their own ("mo" + "gelijkheid").
     */
    private boolean longerHead(String compound, String head) {
        for (int extra = 1; extra < MIN_REST; extra++) {
            int start = compound.length() - head.length() - extra;
            if (start > 0 && forms.knownDutch(compound.substring(start))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word's matching form still starts as the word does, i.e. is an inflection of it. */
    private static boolean ownWord(WordForms.Word word) {
        int n = Math.min(SAME_START, word.form().length());
        return word.lower().regionMatches(0, word.form(), 0, n);
    }
}
