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
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hrcmonitor.models.Language;

/**
 * Keeps a word pair only when both its words are common ones of the language (a removed stop word counts as common).
 *
 * <p>Pairs make a phrase of common words fast: without them, "human rights defenders" reads every position of
 * "human" and "rights" in a third of the index. A phrase with a rarer word is fast by positions anyway, since only
 * the few documents holding that word are checked. Indexing those rare pairs cost the most (most distinct pairs
 * have one) and bought nothing. The positions of the pairs kept stay as they were, so a phrase of common words
 * matches exactly as before.
 */
public final class CommonPairFilter extends FilteringTokenFilter {
    private static final Map<Language, CharArraySet> LOADED = new ConcurrentHashMap<>();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet common;

    public CommonPairFilter(TokenStream pairs, CharArraySet common) {
        super(pairs);
        this.common = common;
    }

    @Override
    protected boolean accept() {
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] == ' ') {
                return isCommon(buffer, 0, i) && isCommon(buffer, i + 1, length - i - 1);
            }
        }
        return false;
    }

    private boolean isCommon(char[] buffer, int start, int length) {
        return (length == Analyzers.PAIR_FILLER.length() && buffer[start] == Analyzers.PAIR_FILLER.charAt(0))
                || common.contains(buffer, start, length);
    }

    /**
     * The shipped list of a language's common words, as its body analysis writes them. Read once: the index's
     * analyzer is built again for every query parsed and every hit list highlighted.
     */
    static CharArraySet commonWords(Language language) {
        return LOADED.computeIfAbsent(language, CommonPairFilter::load);
    }

    private static CharArraySet load(Language language) {
        String resource = "common-" + language.code() + ".txt";
        CharArraySet words = new CharArraySet(1_000, false);
        try (InputStream in = CommonPairFilter.class.getResourceAsStream(resource)) {
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
}
