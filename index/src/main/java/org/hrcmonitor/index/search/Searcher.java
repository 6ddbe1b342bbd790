package org.hrcmonitor.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexedDocument;

/** Runs searches: query plus filters, ranked hits with highlighted passages. */
public final class Searcher {
    private static final int SNIPPETS_PER_HIT = 3;
    private static final int FACET_VALUES = 20;

    private final IndexReading index;

    public Searcher(IndexReading index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
        Query text = QueryParsing.parse(request.query());
        Query query = withFilters(index.hasPairs() ? QueryParsing.parse(request.query(), true) : text, request);
        IndexSearcher searcher = index.searcher();
        FacetsCollectorManager.FacetsResult found =
                FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager());
        TopDocs top = found.topDocs();
        long documents = documentsAmong(searcher, found.facetsCollector());
        Highlights passages = Highlights.snippets(searcher, text, top, SNIPPETS_PER_HIT);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Optional<org.apache.lucene.document.Document> loaded = passages.stored(sd.doc);
            IndexedDocument d = loaded.isPresent() ? IndexSchema.fromStored(loaded.get())
                    : IndexSchema.summaryOf(stored, sd.doc);
            hits.add(new Hit(d.id(), d.parent(), d.title(), d.kind(), d.lang(), d.date(), d.symbol(), d.path(),
                    sd.score, List.copyOf(d.countries().keySet()), List.copyOf(d.themes().keySet()),
                    passages.snippets(i)));
        }
        Map<String, List<FacetCount>> facets = request.facets()
                ? FacetCounting.count(index, found.facetsCollector(), FACET_VALUES) : Map.of();
        return new SearchResult(top.totalHits.value, documents, hits, facets);
    }

    /**
     * How many of the matches are whole documents rather than sections (resolutions inside a session report match on
     * their own; the weekly report counts whole documents). Read off the matches already collected: running the query
     * a second time to count would double the cost of phrase queries over long documents.
     */
    private static long documentsAmong(IndexSearcher searcher, FacetsCollector matches) throws IOException {
        Weight documents = searcher.createWeight(searcher.rewrite(IndexSchema.documentsOnly()),
                ScoreMode.COMPLETE_NO_SCORES, 1);
        long count = 0;
        for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
            Scorer units = documents.scorer(m.context);
            DocIdSetIterator hits = m.bits.iterator();
            if (units == null || hits == null) {
                continue;
            }
            DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(hits, units.iterator()));
            while (both.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                count++;
            }
        }
        return count;
    }

    /**
     * The text query with the request's filters; what search ranks, export walks in entry order and the weekly report
     * counts per week, so the three always select the same documents.
     */
    public static Query withFilters(Query text, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(IndexSchema.documentsAndSections(), BooleanClause.Occur.FILTER);
        if (r.kind() != null) {
            b.add(IndexSchema.kindIs(r.kind()), BooleanClause.Occur.FILTER);
        }
        if (r.lang() != null) {
            b.add(IndexSchema.languageIs(r.lang()), BooleanClause.Occur.FILTER);
        }
        if (!r.countries().isEmpty()) {
            b.add(IndexSchema.countryIn(r.countries()), BooleanClause.Occur.FILTER);
        }
        if (!r.themes().isEmpty()) {
            b.add(IndexSchema.themeIn(r.themes()), BooleanClause.Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            b.add(IndexSchema.datedBetween(r.from(), r.to()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
