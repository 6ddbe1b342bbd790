package org.hrcmonitor.index.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hrcmonitor.index.IndexSchema;

/**
 * A highlighter for body fields that store no text of their own: every language field of a document highlights
 * against the one stored copy of its text, at the offsets the field was indexed with. Passages are the sentences
 * stored with the text ({@link SentenceBreaks}) unless the builder was given break iterators of its own.
 */
final class SharedTextHighlighter extends UnifiedHighlighter {
    private final IndexSearcher searcher;
    private final boolean bySentence;
    /** Sentence boundaries of the texts loaded, by text: filled as documents load, read as they are highlighted. */
    private final Map<String, int[]> sentences = new IdentityHashMap<>();
    /** Every stored field of the documents loaded, by document number, for the hit list to read without a reload. */
    private final Map<Integer, Document> loaded = new HashMap<>();

    SharedTextHighlighter(Builder builder, IndexSearcher searcher, boolean bySentence) {
        super(builder);
        this.searcher = searcher;
        this.bySentence = bySentence;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return bySentence ? new SentenceBreaks(sentences) : super.getBreakIterator(field);
    }

    /**
     * The documents loaded for highlighting, all their stored fields: reading a hit's title and tags means
     * decompressing its whole stored text again, as much work as loading it.
     */
    Map<Integer, Document> loaded() {
        return loaded;
    }

    /** Loads documents until the character budget is spent, as the base class does, but from the shared field. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        long chars = 0;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document document = stored.document(doc);
            loaded.put(doc, document);
            String text = document.get(IndexSchema.storedTextField());
            int[] offsets = IndexSchema.sentenceOffsetsOf(document);
            if (bySentence && text != null && offsets != null) {
                sentences.put(text, SentenceBreaks.boundaries(text.length(), offsets));
            }
            CharSequence[] perField = new CharSequence[fields.length];
            Arrays.fill(perField, text);
            values.add(perField);
            chars += text == null ? 0 : (long) text.length() * fields.length;
            if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) {
                break;
            }
        }
        return values;
    }
}
