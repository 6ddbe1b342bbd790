package org.hrcmonitor.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.hrcmonitor.models.lemma.LemmaDictionary;

/**
 * Replaces each (lowercase) token by its lemma from the treebank-derived table, when the table knows the word or the
 * compound's head; other tokens pass unchanged, for the stemmer that follows.
 *
 * <p>The table is looked up without part-of-speech tags, because queries have none and a term must be analysed the
 * same way at index and query time. Lemmas catch what a suffix stemmer cannot (irregular forms, compounds), the
 * stemmer after it makes lemma and unknown forms meet.
 */
public final class LemmaFilter extends TokenFilter {
    private final LemmaDictionary table;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public LemmaFilter(TokenStream input, LemmaDictionary table) {
        super(input);
        this.table = table;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String lemma = table.lemma(term.toString());
            if (lemma != null && !lemma.contentEquals(term)) {
                term.setEmpty().append(lemma);
            }
        }
        return true;
    }
}
