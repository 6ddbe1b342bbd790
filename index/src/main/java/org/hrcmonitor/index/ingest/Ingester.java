package org.hrcmonitor.index.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.Stage;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.read.DocumentReader;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.read.TextLimit;
import org.hrcmonitor.pipeline.source.FileSource;
import org.hrcmonitor.pipeline.source.SourceFile;

/**
 * Ingests files into the index: hash, skip what is unchanged, read and annotate the rest, index, commit.
 *
 * <p>Files are processed by a small pool of threads fed through a bounded queue, so a huge folder never queues more
 * than a few documents in memory. One bad file is one {@link Outcome#FAILED} result; the run goes on. The index is
 * committed every {@value #COMMIT_EVERY} documents, at least every {@value #COMMIT_SECONDS} seconds while documents
 * come in, and at the end, so an interrupted run loses at most the uncommitted tail, which the next run redoes.
 */
public final class Ingester {
    static final int COMMIT_EVERY = 100;
    static final int COMMIT_SECONDS = 10;

    /** Told about every file as it finishes, from the worker threads (progress bars, error lines). */
    public interface Listener {
        default void started(int files) {}

        void finished(FileResult result);
    }

    private final Pipeline pipeline;
    private final int threads;

    public Ingester(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.threads = threads;
    }

    public IngestReport run(IndexWriting index, List<Path> roots, Listener listener) throws IOException {
        long start = System.nanoTime();
        List<String> missing = new ArrayList<>();
        List<Path> files = FileSource.list(roots, missing);
        listener.started(files.size());
        Run run = new Run(index, listener, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // back-pressure: the listing waits while a few files per thread are queued, rather than running one itself,
        // which would make --threads N really N + 1
        Semaphore queued = new Semaphore(threads * 2);
        List<Future<FileResult>> results = new ArrayList<>();
        try {
            for (Path file : files) {
                queued.acquire();
                results.add(pool.submit(() -> {
                    try {
                        return run.ingest(file);
                    } finally {
                        queued.release();
                    }
                }));
            }
            List<FileResult> done = new ArrayList<>();
            for (Future<FileResult> f : results) {
                done.add(f.get());
            }
            index.commit();
            return new IngestReport(done, missing, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("ingest failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The state of one run, shared by its worker threads. */
    private final class Run {
        private final IndexWriting index;
        private final Listener listener;
        /** Content seen in this run, so two identical files in one batch are not both indexed. */
        private final Map<String, String> claimed = new ConcurrentHashMap<>();
        private final AtomicInteger sinceCommit = new AtomicInteger();
        private final AtomicLong lastCommit = new AtomicLong(System.nanoTime());
        /** Files not yet finished: once fewer than the threads are left, a thread that finishes one has no next. */
        private final AtomicInteger unfinished;

        Run(IndexWriting index, Listener listener, int files) {
            this.index = index;
            this.listener = listener;
            this.unfinished = new AtomicInteger(files);
        }

        FileResult ingest(Path file) throws IOException {
            FileResult result;
            try {
                result = process(file);
            } catch (ReadException e) {
                result = new FileResult(file, Outcome.FAILED, e.getMessage(), null, 0);
            } catch (RuntimeException | StackOverflowError e) {
                // a bug of ours or of a library on one odd file must not end the batch; a stack overflow (a library
                // recursing over a pathological text) hurts only the thread it happened on, so the batch can go on
                result = new FileResult(file, Outcome.FAILED, "internal error: " + e, null, 0);
            }
            listener.finished(result);
            if (unfinished.decrementAndGet() < threads) {
                // an idle thread writes out what is buffered while the others finish their last files, instead of
                // leaving all of it to the final commit on one thread
                index.flush();
            }
            return result;
        }

        private FileResult process(Path file) throws IOException, ReadException {
            SourceFile source;
            try {
                source = FileSource.describe(file);
            } catch (IOException e) {
                throw new ReadException("cannot read file: " + e.getMessage(), e);
            }
            String path = DocumentReader.pathOf(file);
            Optional<IndexWriting.Known> known = index.known(path);
            if (known.isPresent() && known.get().hash().equals(source.hash())) {
                String reason = known.get().failed() ? "failed before, not retried: " + known.get().failure() : null;
                return new FileResult(file, Outcome.UNCHANGED, reason, source.id(), 0);
            }
            boolean replaces = known.isPresent() && !known.get().failed();
            String first = claimed.putIfAbsent(source.hash(), path);
            if (first != null) {
                return new FileResult(file, Outcome.DUPLICATE, "same content as " + first, source.id(), 0);
            }
            Optional<String> elsewhere = index.pathWithHash(source.hash()).filter(p -> !p.equals(path));
            if (elsewhere.isPresent() && Files.exists(Path.of(elsewhere.get()))) {
                return new FileResult(file, Outcome.DUPLICATE, "same content as " + elsewhere.get(), source.id(), 0);
            }
            Document doc;
            try {
                doc = pipeline.process(source);
            } catch (ReadException e) {
                if (!replaces) {
                    // remembered so an unchanged copy is not parsed again; a good older version is kept instead
                    index.putFailure(path, source.hash(), e.getMessage());
                }
                throw e;
            }
            long start = System.nanoTime();
            if (elsewhere.isPresent()) {
                index.remove(elsewhere.get()); // the file moved: its old path is gone
            }
            index.put(doc);
            pipeline.times().add(Stage.INDEX, System.nanoTime() - start);
            commitNowAndThen();
            Outcome outcome = replaces || elsewhere.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
            String note = TextLimit.note(doc.metadata()).orElse(null);
            return new FileResult(file, outcome, note, doc.id(), doc.text().length());
        }

        private void commitNowAndThen() throws IOException {
            long now = System.nanoTime();
            long last = lastCommit.get();
            boolean due = sinceCommit.incrementAndGet() % COMMIT_EVERY == 0
                    || now - last > TimeUnit.SECONDS.toNanos(COMMIT_SECONDS);
            if (due && lastCommit.compareAndSet(last, now)) {
                index.commit();
            }
        }
    }
}
