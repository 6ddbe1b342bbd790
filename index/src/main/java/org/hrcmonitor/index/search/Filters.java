package org.hrcmonitor.index.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.hrcmonitor.index.IndexSchema;

/**
 * A search request's filters (kind, language, countries, themes, dates) around a base query. Search and the weekly
 * report both build their queries here, so a report's cell and the search a reader runs to check it select the same
 * documents.
 */
public final class Filters {
    private Filters() {}

    /** What {@code base} matches, within the request's filters, never a failure record. */
    public static Query apply(Query base, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                .add(IndexSchema.failuresOnly(), BooleanClause.Occur.MUST_NOT);
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
