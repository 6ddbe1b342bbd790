package org.hrcmonitor.index.stats;

import java.io.IOException;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.search.Sort;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexedDocument;

/** Counts what the index holds, for {@code hrc stats}. */
public final class Statistics {
    private Statistics() {}

    public static IndexStats of(IndexReading index) throws IOException {
        SortedMap<String, Long> kinds = new TreeMap<>();
        SortedMap<String, Long> langs = new TreeMap<>();
        SortedMap<String, Long> years = new TreeMap<>();
        long documents = 0;
        for (IndexedDocument d : index.all(IndexSchema.documentsOnly(), Integer.MAX_VALUE, Sort.INDEXORDER)) {
            documents++;
            kinds.merge(d.kind(), 1L, Long::sum);
            langs.merge(d.lang(), 1L, Long::sum);
            years.merge(d.date() == null ? "undated" : String.valueOf(d.date().getYear()), 1L, Long::sum);
        }
        long sections = index.searcher().count(IndexSchema.sectionsOnly());
        return new IndexStats(documents, sections, kinds, langs, years);
    }
}
