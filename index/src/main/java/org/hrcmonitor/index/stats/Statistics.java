package org.hrcmonitor.index.stats;

import java.io.IOException;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.search.FacetCounting;

/** Counts what the index holds, for {@code hrc stats}. */
public final class Statistics {
    /** Every kind, language and year fits; for countries and themes these are the most frequent. */
    private static final int VALUES = 200;

    private Statistics() {}

    public static IndexStats of(IndexReading index) throws IOException {
        long documents = index.searcher().count(IndexSchema.documentsOnly());
        long sections = index.searcher().count(IndexSchema.sectionsOnly());
        return new IndexStats(documents, sections, FacetCounting.of(index, IndexSchema.documentsOnly(), VALUES));
    }
}
