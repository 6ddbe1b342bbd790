package org.hrcmonitor.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexedDocument;

/** Runs searches: query plus filters, ranked hits with highlighted passages. */
public final class Searcher {
    private static final int SNIPPETS_PER_HIT = 3;
    private static final int FACET_VALUES = 20;
    /** Matches beyond this far into a document are not highlighted; a report's first 2 M characters suffice. */
    private static final int MAX_HIGHLIGHT_CHARS = 2_000_000;

    private final IndexReading index;

    public Searcher(IndexReading index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
        Query text = QueryParsing.parse(request.query());
        Query query = withFilters(text, request);
        IndexSearcher searcher = index.searcher();
        FacetsCollectorManager.FacetsResult found =
                FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager());
        TopDocs top = found.topDocs();
        Map<String, String[]> passages = highlight(searcher, text, top);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            IndexedDocument d = IndexSchema.fromStored(stored.document(sd.doc));
            hits.add(new Hit(d.id(), d.parent(), d.title(), d.kind(), d.lang(), d.date(), d.symbol(), d.path(),
                    sd.score, List.copyOf(d.countries().keySet()), List.copyOf(d.themes().keySet()),
                    snippets(passages, i)));
        }
        Map<String, List<FacetCount>> facets = request.facets()
                ? FacetCounting.count(index, found.facetsCollector(), FACET_VALUES) : Map.of();
        return new SearchResult(top.totalHits.value, hits, facets);
    }

    private static Query withFilters(Query text, SearchRequest r) {
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

    private static Map<String, String[]> highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = new SharedTextHighlighter(
                UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
                        .withFormatter(new Snippets())
                        .withMaxLength(MAX_HIGHLIGHT_CHARS),
                searcher);
        // a field no document has would be highlighted by re-analysing the shared text: it would echo another field
        FieldInfos indexed = FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
        String[] fields = Arrays.stream(IndexSchema.textFields()).filter(f -> indexed.fieldInfo(f) != null)
                .toArray(String[]::new);
        int[] max = new int[fields.length];
        Arrays.fill(max, SNIPPETS_PER_HIT);
        return highlighter.highlightFields(fields, query, top, max);
    }

    /** The snippets of the i-th hit, from whichever language field it has text in. */
    private static List<String> snippets(Map<String, String[]> passages, int i) {
        List<String> out = new ArrayList<>();
        for (String[] perHit : passages.values()) {
            out.addAll(Snippets.split(perHit[i]));
        }
        return out;
    }
}
