package org.hrcmonitor.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hrcmonitor.index.IndexSchema;

/**
 * A highlighter for body fields that store no text of their own: every language field of a document highlights
 * against the one stored copy of its text, at the offsets the field was indexed with.
 */
final class SharedTextHighlighter extends UnifiedHighlighter {
    private final IndexSearcher searcher;

    SharedTextHighlighter(Builder builder, IndexSearcher searcher) {
        super(builder);
        this.searcher = searcher;
    }

    /** Loads documents until the character budget is spent, as the base class does, but from the shared field. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        Set<String> load = Set.of(IndexSchema.storedTextField());
        long chars = 0;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            String text = stored.document(doc, load).get(IndexSchema.storedTextField());
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
