package org.hrcmonitor.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.hrcmonitor.pipeline.document.Document;

/**
 * The write side of the index: one {@link IndexWriter}, shared by the ingest threads, plus a near-real-time view to
 * ask which version of a file is already indexed.
 *
 * <p>Only {@link #commit()} makes changes durable. Lucene commits are atomic, so a process killed at any point leaves
 * the last committed index, which opens and which a re-run completes.
 */
public final class IndexWriting implements Closeable {
    private final Path dir;
    private final IndexWriter writer;
    private final SearcherManager view;

    private IndexWriting(Path dir, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.view = new SearcherManager(writer, null);
    }

    /** Opens (creating if needed) the index for writing; fails fast if another process is writing. */
    public static IndexWriting open(Path dir) throws IOException, IndexBusyException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty first commit: a run killed before its first batch leaves an index that opens
            }
            return new IndexWriting(dir, writer);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexBusyException(dir);
        }
    }

    /** The content hash of the file at {@code path} as last indexed, if it is indexed. */
    public Optional<String> indexedHash(String path) throws IOException {
        return first(IndexSchema.byPath(path)).map(IndexedDocument::hash);
    }

    /** The path of an indexed document with this content, if any. */
    public Optional<String> pathWithHash(String hash) throws IOException {
        return first(IndexSchema.byHash(hash)).map(IndexedDocument::path);
    }

    private Optional<IndexedDocument> first(org.apache.lucene.search.Query query) throws IOException {
        view.maybeRefreshBlocking();
        IndexSearcher searcher = view.acquire();
        try {
            TopDocs top = searcher.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            ScoreDoc hit = top.scoreDocs[0];
            return Optional.of(IndexSchema.fromStored(searcher.storedFields().document(hit.doc)));
        } finally {
            view.release(searcher);
        }
    }

    /** Adds a document with its sections, replacing whatever was indexed for the same path, atomically. */
    public void put(Document doc) throws IOException {
        writer.updateDocuments(IndexSchema.pathTerm(doc.path()), IndexSchema.toLucene(doc));
    }

    /** Removes the document indexed for a path (with its sections). */
    public void remove(String path) throws IOException {
        writer.deleteDocuments(IndexSchema.pathTerm(path));
    }

    public void commit() throws IOException {
        writer.commit();
    }

    public Path dir() {
        return dir;
    }

    /** Commits what was added and releases the lock. */
    @Override
    public void close() throws IOException {
        view.close();
        writer.close();
        writer.getDirectory().close();
    }
}
