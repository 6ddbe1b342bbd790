package org.hrcmonitor.index.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.StoredFields;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.index.StoredSentence;
import org.hrcmonitor.index.search.Highlights;
import org.hrcmonitor.index.search.InvalidQueryException;
import org.hrcmonitor.index.search.QueryParsing;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.index.search.Searcher;

/**
 * Walks every match of a search in the order documents entered the index (entry number, then document before its
 * sections), from just after a cursor, and hands out one record per match or per qualifying sentence.
 *
 * <p>It reads one committed view of the index: the cursor it returns is that view's last entry number, and since a
 * commit never separates a put from its number, everything up to it was seen. A later export {@code since} that
 * cursor returns exactly what was put afterwards: new files, changed files (under new ids), moved files (same id,
 * new path).
 */
public final class Exporter {
    /** Hits highlighted together; bounds memory for big documents. */
    private static final int PAGE = 100;

    private final IndexReading index;

    public Exporter(IndexReading index) {
        this.index = index;
    }

    /** Receives records in export order; may fail, which stops the export. */
    @FunctionalInterface
    public interface Sink {
        void accept(ExportRecord record) throws IOException;
    }

    public ExportSummary export(SearchRequest request, long since, ExportUnit unit, Sink sink)
            throws IOException, InvalidQueryException {
        Query text = QueryParsing.parse(request.query());
        Query query = new BooleanQuery.Builder()
                .add(Searcher.withFilters(QueryParsing.parse(request.query(), index.hasPairs()), request),
                        BooleanClause.Occur.MUST)
                .add(IndexSchema.enteredAfter(since), BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher searcher = index.searcher();
        Sort order = new Sort(new SortField(IndexSchema.entryOrderField(), SortField.Type.LONG), SortField.FIELD_DOC);
        TopDocs all = searcher.search(query, Math.max(1, index.reader().maxDoc()), order);
        boolean words = !(text instanceof MatchAllDocsQuery);
        Records records = new Records(request, words ? text : null);
        StoredFields stored = searcher.storedFields();
        long written = 0;
        long withoutSentences = 0;
        for (int from = 0; from < all.scoreDocs.length; from += PAGE) {
            ScoreDoc[] page = Arrays.copyOfRange(all.scoreDocs, from, Math.min(all.scoreDocs.length, from + PAGE));
            TopDocs hits = new TopDocs(all.totalHits, page);
            Highlights found = !words ? null : unit == ExportUnit.DOCUMENT
                    ? Highlights.snippets(searcher, text, hits, 1) : Highlights.matches(searcher, text, hits);
            for (int i = 0; i < page.length; i++) {
                Optional<org.apache.lucene.document.Document> loaded =
                        found == null ? Optional.empty() : found.stored(page[i].doc);
                org.apache.lucene.document.Document d = loaded.isPresent() ? loaded.get()
                        : stored.document(page[i].doc);
                IndexedDocument doc = IndexSchema.fromStored(d);
                if (unit == ExportUnit.DOCUMENT) {
                    sink.accept(records.of(doc, found == null ? List.of() : found.snippets(i)));
                    written++;
                    continue;
                }
                Optional<List<StoredSentence>> sentences = IndexSchema.sentencesOf(d);
                if (sentences.isEmpty()) {
                    withoutSentences++;
                    continue;
                }
                for (ExportRecord r : records.sentences(doc, sentences.get(), found == null ? List.of() : found.offsets(i))) {
                    sink.accept(r);
                    written++;
                }
            }
        }
        return new ExportSummary(written, all.scoreDocs.length, withoutSentences, Math.max(since, index.lastEntry()));
    }
}
