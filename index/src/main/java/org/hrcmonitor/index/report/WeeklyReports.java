package org.hrcmonitor.index.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.index.search.InvalidQueryException;
import org.hrcmonitor.index.search.QueryParsing;
import org.hrcmonitor.index.search.Searcher;
import org.hrcmonitor.index.search.SearchRequest;

/**
 * Computes weekly reports from the counts stored with each document at ingest. Only whole documents are counted: a
 * section (a resolution inside a session report) is part of its document, and its tags are in the document's counts.
 */
public final class WeeklyReports {
    /** Documents listed under each week. */
    static final int TOP_DOCUMENTS = 5;

    private WeeklyReports() {}

    public static WeeklyReport compute(IndexReading index, ReportRequest request)
            throws IOException, InvalidQueryException {
        SearchRequest f = request.filters();
        Query documents = new BooleanQuery.Builder().add(QueryParsing.parse(f.query()), BooleanClause.Occur.MUST)
                .add(IndexSchema.documentsOnly(), BooleanClause.Occur.FILTER).build();
        Query matching = Searcher.withFilters(documents,
                new SearchRequest(f.query(), f.kind(), f.lang(), null, null, f.countries(), f.themes(), 1, false));
        // the week before the first one is read too: the first row's change is against it
        LocalDate from = f.from() == null ? null : IsoWeek.of(f.from()).previous().monday();
        LocalDate to = f.to() == null ? null : IsoWeek.of(f.to()).sunday();
        Query range = request.byIngestDate()
                ? IndexSchema.ingestedBetween(from == null ? null : from.atStartOfDay(request.zone()).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(request.zone()).toInstant())
                : IndexSchema.datedBetween(from, to);
        Map<IsoWeek, List<IndexedDocument>> byWeek = new TreeMap<>();
        for (IndexedDocument d : index.all(both(matching, range), Integer.MAX_VALUE, Sort.INDEXORDER)) {
            byWeek.computeIfAbsent(weekOf(d, request), w -> new ArrayList<>()).add(d);
        }
        Query timeless = request.byIngestDate() ? IndexSchema.ingestedBetween(null, null)
                : IndexSchema.datedBetween(null, null);
        int undated = index.searcher().count(new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST)
                .add(timeless, BooleanClause.Occur.MUST_NOT).build());
        String basis = request.byIngestDate() ? "ingested" : "date";
        if (byWeek.isEmpty() && f.from() == null && f.to() == null) {
            return new WeeklyReport(request.by(), request.by().measure(), basis, null, null, List.of(), 0, 0, undated,
                    List.of());
        }
        IsoWeek first = f.from() != null ? IsoWeek.of(f.from()) : Collections.min(byWeek.keySet());
        IsoWeek last = f.to() != null ? IsoWeek.of(f.to()) : byWeek.isEmpty() ? first : Collections.max(byWeek.keySet());
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.next()) {
            weeks.add(w);
        }
        List<IndexedDocument> reported = weeks.stream().flatMap(w -> byWeek.getOrDefault(w, List.of()).stream()).toList();
        Columns columns = Columns.choose(request, reported);
        List<WeekRow> rows = new ArrayList<>();
        List<Cell> before = cells(columns.shown(), request.by(), byWeek.getOrDefault(first.previous(), List.of()), null);
        for (IsoWeek w : weeks) {
            List<IndexedDocument> docs = byWeek.getOrDefault(w, List.of());
            List<Cell> cells = cells(columns.shown(), request.by(), docs, before);
            rows.add(new WeekRow(w.label(), w.monday(), w.sunday(), docs.size(), cells, top(docs, columns.shown(), request.by())));
            before = cells;
        }
        return new WeeklyReport(request.by(), request.by().measure(), basis, first.monday(), last.sunday(),
                columns.shown(), columns.others(), reported.size(), undated, rows);
    }

    private static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.FILTER).build();
    }

    private static IsoWeek weekOf(IndexedDocument d, ReportRequest request) {
        return IsoWeek.of(request.byIngestDate() ? LocalDate.ofInstant(d.ingested(), request.zone()) : d.date());
    }

    /** The week's cells; {@code before} is the previous week's (null: only the counts are wanted). */
    private static List<Cell> cells(List<String> columns, Dimension by, List<IndexedDocument> docs, List<Cell> before) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            int documents = 0;
            int count = 0;
            for (IndexedDocument d : docs) {
                Integer n = by.counts(d).get(column);
                if (n != null) {
                    documents++;
                    count += n;
                }
            }
            Cell previous = before == null ? new Cell(column, 0, 0, 0, 0) : before.get(i);
            cells.add(new Cell(column, documents, count, documents - previous.documents(), count - previous.count()));
        }
        return cells;
    }

    /** The documents that address the columns most; ties by date, then id, so the list is stable. */
    private static List<ReportDocument> top(List<IndexedDocument> docs, List<String> columns, Dimension by) {
        List<ReportDocument> weighed = new ArrayList<>();
        for (IndexedDocument d : docs) {
            int weight = columns.stream().mapToInt(c -> by.counts(d).getOrDefault(c, 0)).sum();
            if (weight > 0) {
                weighed.add(new ReportDocument(d.id(), d.title(), d.kind(), d.date(), d.symbol(), d.path(), weight));
            }
        }
        return weighed.stream()
                .sorted(Comparator.comparingInt(ReportDocument::weight).reversed()
                        .thenComparing(ReportDocument::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReportDocument::id))
                .limit(TOP_DOCUMENTS).toList();
    }
}
