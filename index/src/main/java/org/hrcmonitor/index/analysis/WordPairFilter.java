package org.hrcmonitor.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hrcmonitor.models.Language;

/**
 * Each two neighbouring words of an analysed text as one term, {@code "freedom express"}, with
 * {@value Analyzers#PAIR_FILLER} standing in for removed stop words ({@code "freedom _"}, {@code "_ express"}): the
 * terms and positions of Lucene's {@code ShingleFilter} with pairs only, a filler token and a space between words.
 *
 * <p>Given a set of common words, it keeps only the pairs whose two words are both common (a filler counts as
 * common), each at the position it has among all pairs. Pairs make a phrase of common words fast: without them,
 * "human rights defenders" reads every position of "human" and "rights" in a third of the index. A phrase with a
 * rarer word is fast by positions anyway, since only the few documents holding that word are checked; indexing those
 * rare pairs cost the most (most distinct pairs have one) and bought nothing.
 *
 * <p>Written for indexing speed: the shingle filter copies every attribute of every word twice and builds each pair
 * in a string builder; here each word is looked up in the common list once and a pair is only built when kept.
 */
public final class WordPairFilter extends TokenFilter {
    private static final Map<Language, CharArraySet> LOADED = new ConcurrentHashMap<>();
    private static final char[] FILLER = Analyzers.PAIR_FILLER.toCharArray();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** Null: keep every pair. */
    private final CharArraySet common;

    /** The word before the one just read, and the word just read. */
    private Word previous = new Word();
    private Word current = new Word();
    /** A word read from the input that follows removed words, held while its filler goes first. */
    private Word waiting = new Word();
    private boolean hasPrevious;
    private boolean wordWaits;
    private boolean exhausted;
    /** Pairs left out since the last one handed out, so positions stay those of all pairs. */
    private int skipped;
    private int endIncrement;
    private int endOffset;

    /** Every pair. */
    public WordPairFilter(TokenStream words) {
        this(words, null);
    }

    /** Only the pairs of two common words (or fillers). */
    public WordPairFilter(TokenStream words, CharArraySet common) {
        super(words);
        this.common = common;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (next()) {
            if (hasPrevious && previous.common && current.common) {
                clearAttributes();
                int length = previous.length + 1 + current.length;
                char[] pair = term.resizeBuffer(length);
                System.arraycopy(previous.chars, 0, pair, 0, previous.length);
                pair[previous.length] = ' ';
                System.arraycopy(current.chars, 0, pair, previous.length + 1, current.length);
                term.setLength(length);
                offset.setOffset(previous.start, current.end);
                increment.setPositionIncrement(skipped + 1);
                skipped = 0;
                shift();
                return true;
            }
            if (hasPrevious) {
                skipped++;
            }
            shift();
        }
        return false;
    }

    private void shift() {
        Word last = previous;
        previous = current;
        current = last;
        hasPrevious = true;
    }

    /**
     * Reads the next word into {@link #current}: a filler before a word that follows removed ones, and one after
     * the last word if the text ends in removed ones. The shingle filter puts one filler for any number of removed
     * words, and so does this.
     */
    private boolean next() throws IOException {
        if (wordWaits) {
            wordWaits = false;
            Word word = waiting;
            waiting = current;
            current = word;
            return true;
        }
        if (exhausted) {
            return false;
        }
        if (!input.incrementToken()) {
            exhausted = true;
            input.end();
            endIncrement = increment.getPositionIncrement();
            endOffset = offset.endOffset();
            if (endIncrement > 0) {
                current.filler(endOffset);
                return true;
            }
            return false;
        }
        boolean afterRemoved = increment.getPositionIncrement() > 1;
        Word word = afterRemoved ? waiting : current;
        word.set(term, offset.startOffset(), offset.endOffset(),
                common == null || common.contains(term.buffer(), 0, term.length()));
        if (afterRemoved) {
            current.filler(word.start);
            wordWaits = true;
        }
        return true;
    }

    @Override
    public void end() throws IOException {
        if (!exhausted) {
            super.end();
            endIncrement = increment.getPositionIncrement();
            endOffset = offset.endOffset();
        }
        clearAttributes();
        increment.setPositionIncrement(endIncrement + skipped);
        offset.setOffset(endOffset, endOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        hasPrevious = false;
        wordWaits = false;
        exhausted = false;
        skipped = 0;
        endIncrement = 0;
        endOffset = 0;
    }

    /**
     * The shipped list of a language's common words, as its body analysis writes them. Read once: the index's
     * analyzer is built again for every query parsed and every hit list highlighted.
     */
    static CharArraySet commonWords(Language language) {
        return LOADED.computeIfAbsent(language, WordPairFilter::load);
    }

    private static CharArraySet load(Language language) {
        String resource = "common-" + language.code() + ".txt";
        CharArraySet words = new CharArraySet(1_000, false);
        try (InputStream in = WordPairFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** One word of the sequence, or a filler, in a buffer reused from word to word. */
    private static final class Word {
        char[] chars = new char[16];
        int length;
        int start;
        int end;
        boolean common;

        void set(CharTermAttribute word, int from, int to, boolean isCommon) {
            length = word.length();
            if (length > chars.length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            System.arraycopy(word.buffer(), 0, chars, 0, length);
            start = from;
            end = to;
            common = isCommon;
        }

        void filler(int at) {
            System.arraycopy(FILLER, 0, chars, 0, FILLER.length);
            length = FILLER.length;
            start = at;
            end = at;
            common = true;
        }
    }
}
