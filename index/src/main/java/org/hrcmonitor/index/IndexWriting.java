package org.hrcmonitor.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.hrcmonitor.pipeline.document.Document;

/**
 * The write side of the index: one {@link IndexWriter}, shared by the ingest threads, plus what it needs to tell
 * which version of a file is already indexed (the index as the session found it, and what the session wrote).
 *
 * <p>Only {@link #commit()} makes changes durable. Lucene commits are atomic, so a process killed at any point leaves
 * the last committed index, which opens and which a re-run completes.
 */
public final class IndexWriting implements Closeable {
    /** The commit-data key of the last entry number handed out; {@link IndexReading#lastEntry()} reads it. */
    static final String LAST_ENTRY = "last_entry";
    private final Path dir;
    private final IndexWriter writer;
    /** The index as this session found it. */
    private final DirectoryReader before;
    private final IndexSearcher view;
    /** The last entry number handed out; saved with every commit so numbers keep rising across runs. */
    private final AtomicLong sequence;
    /**
     * Puts share this lock, a commit takes it alone: so a commit never falls between a put taking its entry number
     * and adding its document, and every number up to the highest committed one is committed too. That is what lets
     * an export cursor say "everything after entry N" without missing a document.
     */
    private final ReadWriteLock entries = new ReentrantReadWriteLock();
    /**
     * What this session wrote, by path (empty once removed) and by hash. {@link #known} and {@link #pathWithHash}
     * answer from these first and otherwise from the index as it was when the session opened. Refreshing a
     * near-real-time view instead would flush a tiny segment for every file ingested, and merging those kept a whole
     * core busy.
     */
    private final Map<String, Optional<Known>> written = new ConcurrentHashMap<>();
    private final Map<String, String> writtenHashes = new ConcurrentHashMap<>();

    private IndexWriting(Path dir, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.before = DirectoryReader.open(writer);
        this.view = new IndexSearcher(before);
        this.sequence = new AtomicLong(lastEntry(writer));
    }

    private static long lastEntry(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(LAST_ENTRY)) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
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

    /**
     * What the index knows of the file at {@code path}: its hash when last ingested and, if it could not be read
     * then, why.
     */
    public Optional<Known> known(String path) throws IOException {
        Optional<Known> now = written.get(path);
        if (now != null) {
            return now;
        }
        return first(IndexSchema.byPath(path)).map(d -> new Known(IndexSchema.hashOf(d), IndexSchema.failureReason(d)));
    }

    /** The path of an indexed document with this content, if any (files that failed do not count). */
    public Optional<String> pathWithHash(String hash) throws IOException {
        String put = writtenHashes.get(hash);
        if (put != null && hasNow(put, hash)) {
            return Optional.of(put);
        }
        BooleanQuery query = new BooleanQuery.Builder()
                .add(IndexSchema.byHash(hash), BooleanClause.Occur.FILTER)
                .add(IndexSchema.failuresOnly(), BooleanClause.Occur.MUST_NOT)
                .build();
        return first(query).map(d -> IndexSchema.fromStored(d).path())
                .filter(path -> !written.containsKey(path) || hasNow(path, hash));
    }

    private boolean hasNow(String path, String hash) {
        Optional<Known> now = written.getOrDefault(path, Optional.empty());
        return now.isPresent() && !now.get().failed() && now.get().hash().equals(hash);
    }

    /** A file as last ingested: its content hash, and the reason it failed, or null if it was indexed. */
    public record Known(String hash, String failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    private Optional<org.apache.lucene.document.Document> first(Query query) throws IOException {
        TopDocs top = view.search(query, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        ScoreDoc hit = top.scoreDocs[0];
        return Optional.of(view.storedFields().document(hit.doc));
    }

    /** Adds a document with its sections, replacing whatever was indexed for the same path, atomically. */
    public void put(Document doc) throws IOException {
        entries.readLock().lock();
        try {
            IndexSchema.Entry entry = new IndexSchema.Entry(sequence.incrementAndGet(), Instant.now());
            writer.updateDocuments(IndexSchema.pathTerm(doc.path()), IndexSchema.toLucene(doc, entry));
        } finally {
            entries.readLock().unlock();
        }
        written.put(doc.path(), Optional.of(new Known(doc.hash(), null)));
        writtenHashes.put(doc.hash(), doc.path());
    }

    /** Remembers that a file could not be read, replacing an earlier failure record for its path. */
    public void putFailure(String path, String hash, String reason) throws IOException {
        writer.updateDocument(IndexSchema.pathTerm(path), IndexSchema.failure(path, hash, reason));
        written.put(path, Optional.of(new Known(hash, reason)));
    }

    /** Removes the document indexed for a path (with its sections). */
    public void remove(String path) throws IOException {
        writer.deleteDocuments(IndexSchema.pathTerm(path));
        written.put(path, Optional.empty());
    }

    /**
     * Writes the documents added so far to the directory, not yet durable: the bulk of a commit's work, done while
     * other threads go on adding, so that the commit after it holds them up only briefly.
     */
    public void flush() throws IOException {
        writer.flush();
    }

    public void commit() throws IOException {
        flush();
        entries.writeLock().lock();
        try {
            writer.setLiveCommitData(Map.of(LAST_ENTRY, Long.toString(sequence.get())).entrySet());
            writer.commit();
        } finally {
            entries.writeLock().unlock();
        }
    }

    public Path dir() {
        return dir;
    }

    /** Commits what was added and releases the lock. */
    @Override
    public void close() throws IOException {
        before.close();
        commit();
        writer.close();
        writer.getDirectory().close();
    }
}
