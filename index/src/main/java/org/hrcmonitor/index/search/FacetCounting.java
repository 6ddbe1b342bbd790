package org.hrcmonitor.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.hrcmonitor.index.FacetBits;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;

/** Counts matches per facet value (country, theme, kind, language, year), for search results and statistics. */
public final class FacetCounting {
    private FacetCounting() {}

    /** Counts for everything the query matches, at most {@code top} values per dimension, most frequent first. */
    public static Map<String, List<FacetCount>> of(IndexReading index, Query query, int top) throws IOException {
        FacetsCollector matches = index.searcher().search(query, new FacetsCollectorManager());
        return count(index, matches, top);
    }

    static Map<String, List<FacetCount>> count(IndexReading index, FacetsCollector matches, int top) throws IOException {
        SortedSetDocValuesReaderState state = index.facetState();
        Optional<FacetBits> bits = index.facetBits();
        return bits.isPresent() ? countBits(state, bits.get(), matches, top) : countValues(state, matches, top);
    }

    /** Lucene's count: reads the values of every match. */
    static Map<String, List<FacetCount>> countValues(SortedSetDocValuesReaderState state,
            FacetsCollector matches, int top) throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(state, matches);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : IndexSchema.facetDimensions()) {
            List<FacetCount> values = new ArrayList<>();
            // a dimension no indexed document has (no countries tagged yet) has no ordinals to count
            FacetResult result = state.getOrdRange(dim) == null ? null : counts.getTopChildren(top, dim);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            facets.put(dim, values);
        }
        return facets;
    }

    /** The same counts from the bit set of each value, the matches gathered into one bit set first. */
    static Map<String, List<FacetCount>> countBits(SortedSetDocValuesReaderState state, FacetBits bits,
            FacetsCollector matches, int top) throws IOException {
        FixedBitSet all = bits.newMatches();
        for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
            DocIdSetIterator docs = m.bits.iterator();
            if (docs != null) {
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    all.set(m.context.docBase + doc);
                }
            }
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : IndexSchema.facetDimensions()) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            facets.put(dim, range == null ? List.of() : bits.top(all, range.start, range.end + 1, top, FacetCount::new));
        }
        return facets;
    }
}
