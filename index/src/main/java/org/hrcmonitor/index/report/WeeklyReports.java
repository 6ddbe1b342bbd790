package org.hrcmonitor.index.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.index.search.InvalidQueryException;
import org.hrcmonitor.index.search.QueryParsing;
import org.hrcmonitor.index.search.Searcher;
import org.hrcmonitor.index.search.SearchRequest;

/**
 * Computes weekly reports. Theme and country columns come from the counts stored with each document at ingest, and
 * count whole documents only: a section (a resolution inside a session report) is part of its document, and its tags
 * are in the document's counts. Saved-query columns count as search does: documents, and matches that include
 * sections. The week before the first is counted too, so the first row has a change.
 */
public final class WeeklyReports {
    /** Documents listed under each week. */
    static final int TOP_DOCUMENTS = 5;

    private WeeklyReports() {}

    public static WeeklyReport compute(IndexReading index, ReportRequest request)
            throws IOException, InvalidQueryException {
        SearchRequest f = request.filters();
        Query documents = new BooleanQuery.Builder().add(QueryParsing.parse(f.query(), index.hasPairs()), BooleanClause.Occur.MUST)
                .add(IndexSchema.documentsOnly(), BooleanClause.Occur.FILTER).build();
        SearchRequest undatedFilters =
                new SearchRequest(f.query(), f.kind(), f.lang(), null, null, f.countries(), f.themes(), 1, false);
        Query matching = Searcher.withFilters(documents, undatedFilters);
        // the week before the first one is read too: the first row's change is against it
        LocalDate from = f.from() == null ? null : IsoWeek.of(f.from()).previous().monday();
        LocalDate to = f.to() == null ? null : IsoWeek.of(f.to()).sunday();
        Query range = request.byIngestDate()
                ? IndexSchema.ingestedBetween(from == null ? null : from.atStartOfDay(request.zone()).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(request.zone()).toInstant())
                : IndexSchema.datedBetween(from, to);
        Map<IsoWeek, List<IndexedDocument>> byWeek = new TreeMap<>();
        for (IndexedDocument d : index.listing(both(matching, range))) {
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
        int reported = weeks.stream().mapToInt(w -> byWeek.getOrDefault(w, List.of()).size()).sum();
        Tallies tallies = request.by() == Dimension.query
                ? Tallies.ofQueries(index, request.queries(), undatedFilters, range, d -> weekOf(d, request))
                : Tallies.ofTags(byWeek, request.by());
        Columns columns = Columns.choose(request, tallies.totals(weeks));
        List<WeekRow> rows = new ArrayList<>();
        for (IsoWeek w : weeks) {
            List<Cell> cells = new ArrayList<>();
            for (String column : columns.shown()) {
                int[] now = tallies.cell(w, column);
                int[] before = tallies.cell(w.previous(), column);
                cells.add(new Cell(column, now[0], now[1], now[0] - before[0], now[1] - before[1]));
            }
            rows.add(new WeekRow(w.label(), w.monday(), w.sunday(), byWeek.getOrDefault(w, List.of()).size(), cells,
                    tallies.top(w, columns.shown(), TOP_DOCUMENTS)));
        }
        return new WeeklyReport(request.by(), request.by().measure(), basis, first.monday(), last.sunday(),
                columns.shown(), columns.others(), reported, undated, rows);
    }

    private static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.FILTER).build();
    }

    private static IsoWeek weekOf(IndexedDocument d, ReportRequest request) {
        return IsoWeek.of(request.byIngestDate() ? LocalDate.ofInstant(d.ingested(), request.zone()) : d.date());
    }
}
