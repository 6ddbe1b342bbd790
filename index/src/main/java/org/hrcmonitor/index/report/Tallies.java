package org.hrcmonitor.index.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.index.queries.SavedQuery;
import org.hrcmonitor.index.search.InvalidQueryException;
import org.hrcmonitor.index.search.QueryParsing;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.index.search.Searcher;

/**
 * Per week and column, the documents and the count (sentences, mentions or matches) found, and per document what it
 * contributed, so the top documents of a week can be weighed over whichever columns are shown.
 */
final class Tallies {
    private final Map<IsoWeek, Map<String, int[]>> cells = new HashMap<>();
    /** week → document id → column → count; a section's count goes to its document. */
    private final Map<IsoWeek, Map<String, Map<String, Integer>>> contributions = new HashMap<>();
    private final Map<String, IndexedDocument> documents = new HashMap<>();

    /** Theme or country columns, from the counts stored with each document at ingest. */
    static Tallies ofTags(Map<IsoWeek, List<IndexedDocument>> byWeek, Dimension by) {
        Tallies t = new Tallies();
        byWeek.forEach((week, docs) -> docs.forEach(d -> by.counts(d).forEach((column, n) -> t.add(week, column, d, n))));
        return t;
    }

    /**
     * One column per saved query, each combined with the typed request as {@code search --saved} combines them, its
     * own dates replaced by the report's weeks: documents are its whole-document hits, matches all its hits
     * (documents and sections), as search counts them.
     */
    static Tallies ofQueries(IndexReading index, List<SavedQuery> queries, SearchRequest typed, Query range,
                             Function<IndexedDocument, IsoWeek> weekOf) throws IOException, InvalidQueryException {
        Tallies t = new Tallies();
        for (SavedQuery q : queries) {
            SearchRequest r = q.with(typed);
            SearchRequest undated = new SearchRequest(r.query(), r.kind(), r.lang(), null, null, r.countries(), r.themes(), 1, false);
            Query hits = new BooleanQuery.Builder()
                    .add(Searcher.withFilters(QueryParsing.parse(undated.query(), index.hasPairs()), undated), BooleanClause.Occur.MUST)
                    .add(range, BooleanClause.Occur.FILTER).build();
            for (IndexedDocument hit : index.listing(hits)) {
                t.add(weekOf.apply(hit), q.name(), hit, 1);
            }
        }
        return t;
    }

    private void add(IsoWeek week, String column, IndexedDocument unit, int count) {
        int[] cell = cells.computeIfAbsent(week, w -> new HashMap<>()).computeIfAbsent(column, c -> new int[2]);
        boolean document = unit.parent() == null;
        cell[0] += document ? 1 : 0;
        cell[1] += count;
        String id = document ? unit.id() : unit.parent();
        contributions.computeIfAbsent(week, w -> new HashMap<>()).computeIfAbsent(id, d -> new HashMap<>())
                .merge(column, count, Integer::sum);
        if (document) {
            documents.put(id, unit);
        }
    }

    /** Documents and count of one column in one week; zeros when nothing was found. */
    int[] cell(IsoWeek week, String column) {
        return cells.getOrDefault(week, Map.of()).getOrDefault(column, new int[2]).clone();
    }

    /** Per column found in these weeks, documents and count summed over them. */
    Map<String, int[]> totals(List<IsoWeek> weeks) {
        Map<String, int[]> totals = new HashMap<>();
        for (IsoWeek w : weeks) {
            cells.getOrDefault(w, Map.of()).forEach((column, cell) -> {
                int[] sum = totals.computeIfAbsent(column, c -> new int[2]);
                sum[0] += cell[0];
                sum[1] += cell[1];
            });
        }
        return totals;
    }

    /** The week's documents that contribute most to these columns; ties by date, then id, so the list is stable. */
    List<ReportDocument> top(IsoWeek week, List<String> columns, int limit) {
        List<ReportDocument> weighed = new ArrayList<>();
        contributions.getOrDefault(week, Map.of()).forEach((id, byColumn) -> {
            int weight = columns.stream().mapToInt(c -> byColumn.getOrDefault(c, 0)).sum();
            IndexedDocument d = documents.get(id);
            if (weight > 0 && d != null) {
                weighed.add(new ReportDocument(d.id(), d.title(), d.kind(), d.date(), d.symbol(), d.path(), weight));
            }
        });
        return weighed.stream()
                .sorted(Comparator.comparingInt(ReportDocument::weight).reversed()
                        .thenComparing(ReportDocument::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReportDocument::id))
                .limit(limit).toList();
    }
}
