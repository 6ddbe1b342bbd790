package org.hrcmonitor.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * For every facet value of an index view, the documents that have it, as a bit set over the view's document numbers.
 *
 * <p>Counting facets the usual way reads every matching document's values: a UPR report names some eighty countries,
 * so a search matching half of 50,000 reports reads two million values. With a bit set per value a count is the
 * number of bits a value's set shares with the matches, which takes a few hundred machine words per value, whatever
 * the number of matches. Building the sets reads every document's values once, which costs more than one count, so
 * {@link IndexReading} builds them only when a view counts facets a second time. Immutable once built.
 */
public final class FacetBits {
    /** Above this size the sets are not built and facets are counted the usual way. */
    private static final long MAX_BYTES = 64L << 20;

    private final int maxDoc;
    private final FixedBitSet[] byValue;
    private final String[] labels;

    private FacetBits(int maxDoc, FixedBitSet[] byValue, String[] labels) {
        this.maxDoc = maxDoc;
        this.byValue = byValue;
        this.labels = labels;
    }

    /** The sets of a view's facet values, or empty if they would take more than 64 MB. */
    static Optional<FacetBits> of(SortedSetDocValuesReaderState state) throws IOException {
        int maxDoc = state.getReader().maxDoc();
        SortedSetDocValues values = state.getDocValues();
        int count = (int) values.getValueCount();
        if ((long) count * (maxDoc / 8 + 8) > MAX_BYTES) {
            return Optional.empty();
        }
        FixedBitSet[] byValue = new FixedBitSet[count];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            for (int i = 0; i < values.docValueCount(); i++) {
                int value = (int) values.nextOrd();
                if (byValue[value] == null) {
                    byValue[value] = new FixedBitSet(maxDoc);
                }
                byValue[value].set(doc);
            }
        }
        String[] labels = new String[count];
        for (int value = 0; value < count; value++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(value).utf8ToString());
            labels[value] = path[path.length - 1];
        }
        return Optional.of(new FacetBits(maxDoc, byValue, labels));
    }

    /** An empty set of matches, over this view's document numbers, for the caller to fill. */
    public FixedBitSet newMatches() {
        return new FixedBitSet(maxDoc);
    }

    /**
     * The values in ordinals {@code [from, to)} (one dimension) that some match has, most frequent first and, among
     * equal counts, in ordinal order, as Lucene's own facet counts list them; at most {@code top}, each made by
     * {@code as} from its label and count.
     */
    public <T> List<T> top(FixedBitSet matches, int from, int to, int top, BiFunction<String, Long, T> as) {
        List<Integer> found = new ArrayList<>();
        long[] counts = new long[to - from];
        for (int value = from; value < to; value++) {
            if (byValue[value] != null) {
                counts[value - from] = FixedBitSet.intersectionCount(matches, byValue[value]);
                if (counts[value - from] > 0) {
                    found.add(value);
                }
            }
        }
        found.sort(Comparator.comparingLong((Integer v) -> -counts[v - from]).thenComparingInt(v -> v));
        return found.stream().limit(top).map(v -> as.apply(labels[v], counts[v - from])).toList();
    }
}
