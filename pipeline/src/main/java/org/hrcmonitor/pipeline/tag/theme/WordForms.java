package org.hrcmonitor.pipeline.tag.theme;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.hrcmonitor.models.Caches;
import org.hrcmonitor.models.lemma.LemmaDictionary;

/**
 * Splits text into words and gives each the form terms are matched on, so that "defenders" meets "defender" and
 * "verdedigers" meets "verdediger".
 *
 * <p>Terms and sentences are split by this one rule (runs of letters and digits), not by the tokenizer, so a term
 * and the text it should match are always cut the same way ("non-discrimination", "women's"). English words are
 * Snowball-stemmed. Dutch words take the lemma table's lemma where it knows the word (it also lemmatizes unseen
 * compounds by their head), else the Snowball stem: the table gets irregular plurals right that the stemmer does
 * not. Thread-safe: the stemmers keep state, so each thread has its own. A word's form depends on nothing but the
 * word, so the forms of the words met most are kept: stemming was two thirds of the time spent splitting text.
 */
final class WordForms {
    /** A hyphen ending a word before a space: the first part of a compound whose head comes later ("school- of"). */
    private static final Pattern FRAGMENT = Pattern.compile("-\\s.*", Pattern.DOTALL);
    /** Punctuation between two words, other than a hyphen or an apostrophe inside a name: the phrase ends there. */
    private static final Pattern PAUSE = Pattern.compile(".*[^\\s\\-'’].*", Pattern.DOTALL);

    /**
     * A word of a text: as written, in lower case, its matching form, and what stands between it and the next word
     * ({@code gap}: spaces, punctuation).
     */
    record Word(String surface, String lower, String form, String gap) {
        /** Only the first part of a compound that shares its head with the next one: "arbeids-" in "arbeids- en". */
        boolean fragment() {
            return FRAGMENT.matcher(gap).matches();
        }

        /** Whether punctuation follows, so that a phrase (a title, a name) ends here. */
        boolean pause() {
            return PAUSE.matcher(gap).matches();
        }
    }

    private static final int CACHED_FORMS = 50_000;

    private final LemmaDictionary dutchLemmas;
    private final Cache<String, String> dutchForms = Caches.bounded(CACHED_FORMS);
    private final Cache<String, String> englishForms = Caches.bounded(CACHED_FORMS);
    private final ThreadLocal<SnowballStemmer> dutchStemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.DUTCH));
    private final ThreadLocal<SnowballStemmer> englishStemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    /** @param dutchLemmas the Dutch lemma table, or null to stem Dutch words only */
    WordForms(LemmaDictionary dutchLemmas) {
        this.dutchLemmas = dutchLemmas;
    }

    List<Word> words(String text, boolean dutch) {
        List<Word> words = new ArrayList<>();
        int start = skip(text, 0, false);
        while (start < text.length()) {
            int end = skip(text, start, true);
            int next = skip(text, end, false);
            String surface = text.substring(start, end);
            String lower = surface.toLowerCase(Locale.ROOT);
            String form = dutch ? dutchForms.get(lower, this::dutchForm)
                    : englishForms.get(lower, w -> englishStemmer.get().stem(w).toString());
            words.add(new Word(surface, lower, form, text.substring(end, next)));
            start = next;
        }
        return words;
    }

    /**
     * Where the run of word characters (letters and numbers), or of other characters, that starts at {@code from}
     * ends. Scanned by hand: a regular expression per sentence was a sixth of theme tagging.
     */
    private static int skip(String text, int from, boolean wordCharacters) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isWordCharacter(c) != wordCharacters) {
                return i;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** What {@code [\p{L}\p{N}]} matches: any letter, and digits, numerals and other numbers ("½", "²"). */
    private static boolean isWordCharacter(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The matching forms of all words of some phrases: for word lists compared with a sentence's words. */
    Set<String> formsOf(List<String> phrases, boolean dutch) {
        Set<String> result = new HashSet<>();
        phrases.forEach(p -> words(p, dutch).forEach(w -> result.add(w.form())));
        return Set.copyOf(result);
    }

    /** Whether the Dutch lemma table has this lower-case form as a word; false without a table. */
    boolean knownDutch(String lower) {
        return dutchLemmas != null && dutchLemmas.knows(lower);
    }

    private String dutchForm(String lower) {
        String lemma = dutchLemmas == null ? null : dutchLemmas.lemma(lower);
        return lemma != null ? lemma : dutchStemmer.get().stem(lower).toString();
    }
}
