package org.hrcmonitor.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The read side of the index: a point-in-time view for searching and looking documents up. Opening it loads no
 * parser and no language model, so a search process starts fast.
 */
public final class IndexReading implements Closeable {
    private final DirectoryReader reader;
    private final ExecutorService cores;
    private final IndexSearcher searcher;
    private final boolean pairs;
    /** Built on first use: it maps every segment's facet ordinals to global ones, which Lucene says to do once. */
    private SortedSetDocValuesReaderState facets;
    private Optional<FacetBits> facetBits;
    private int facetCounts;

    /**
     * Searches run over slices of segments on every core: a phrase checked in every matching document is CPU work
     * that splits cleanly, and a search waits for nothing else. Daemon threads, so a caller that never closes this
     * still exits.
     */
    private IndexReading(DirectoryReader reader) {
        this.reader = reader;
        this.cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "hrc-search");
            t.setDaemon(true);
            return t;
        });
        this.searcher = new IndexSearcher(reader, cores);
        this.pairs = IndexSchema.hasPairs(reader);
    }

    /** Opens an existing index; a clear error if there is none yet. */
    public static IndexReading open(Path dir) throws IOException {
        if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
            throw new NoIndexException(dir);
        }
        return new IndexReading(DirectoryReader.open(FSDirectory.open(dir)));
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /** Whether quoted phrases can be matched on word pairs in this view ({@link IndexSchema#hasPairs}). */
    public boolean hasPairs() {
        return pairs;
    }

    /** The facet ordinals of this view, for counting matches by country, theme, kind, language and year. */
    public synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (facets == null) {
            facets = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
        }
        return facets;
    }

    /**
     * The bit set of every facet value of this view ({@link FacetBits}), built when facets are counted a second time:
     * for a one-off search the usual count is cheaper than building them. Empty on the first call and for views too
     * large for them.
     */
    public synchronized Optional<FacetBits> facetBits() throws IOException {
        if (facetBits == null && facetCounts++ > 0) {
            facetBits = FacetBits.of(facetState());
        }
        return facetBits == null ? Optional.empty() : facetBits;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /**
     * The highest entry number in this view: every document put with a number up to it is visible here, because a
     * commit never falls between a put and its number. An export that saw everything up to it resumes after it.
     */
    public long lastEntry() throws IOException {
        String last = reader.getIndexCommit().getUserData().get(IndexWriting.LAST_ENTRY);
        return last == null ? 0 : Long.parseLong(last);
    }

    /** A document or section by id. */
    public Optional<IndexedDocument> get(String id) throws IOException {
        List<IndexedDocument> found = all(IndexSchema.byId(id), 1, Sort.INDEXORDER);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The sections of a document, in text order. */
    public List<IndexedDocument> sections(String documentId) throws IOException {
        return all(IndexSchema.byParent(documentId), Integer.MAX_VALUE, Sort.INDEXORDER);
    }

    /** The commitments a query from {@link CommitmentSchema} matches, in index order (documents, then text order). */
    public List<IndexedCommitment> commitments(Query query) throws IOException {
        int n = Math.max(1, reader.maxDoc());
        TopDocs top = searcher.search(query, n, Sort.INDEXORDER);
        StoredFields stored = searcher.storedFields();
        List<IndexedCommitment> found = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            found.add(CommitmentSchema.fromStored(stored.document(sd.doc)));
        }
        return found;
    }

    public Optional<IndexedCommitment> commitment(String id) throws IOException {
        return commitments(CommitmentSchema.byId(id)).stream().findFirst();
    }

    /** Stored fields of everything the query matches, in the given order, up to a limit. */
    public List<IndexedDocument> all(Query query, int limit, Sort sort) throws IOException {
        return read(query, limit, sort, true);
    }

    /**
     * Everything the query matches, in index order, without the text (null) and sentence layer: what a listing or
     * count over many documents needs, without reading and decompressing every document's body.
     */
    public List<IndexedDocument> listing(Query query) throws IOException {
        return read(query, Integer.MAX_VALUE, Sort.INDEXORDER, false);
    }

    private List<IndexedDocument> read(Query query, int limit, Sort sort, boolean withText) throws IOException {
        int n = Math.max(1, Math.min(limit, Math.max(1, reader.maxDoc())));
        TopDocs top = searcher.search(query, n, sort);
        StoredFields stored = searcher.storedFields();
        List<IndexedDocument> docs = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            docs.add(withText ? IndexSchema.fromStored(stored.document(sd.doc)) : IndexSchema.summaryOf(stored, sd.doc));
        }
        return docs;
    }

    @Override
    public void close() throws IOException {
        cores.shutdownNow();
        reader.close();
        reader.directory().close();
    }
}
