package org.hrcmonitor.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hrcmonitor.index.IndexBusyException;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.source.FileSource;

/**
 * An index of a corpus copied until it holds a given number of documents, for search benchmarks at a size no real
 * corpus here has. Each file is read and annotated once; its copies differ only in content hash (so id) and path,
 * and go through {@link IndexWriting} like any ingested document, sections, countries and themes included.
 */
final class ReplicatedIndex {
    private ReplicatedIndex() {}

    /** Builds the index in {@code dir}; returns how many documents it holds. */
    static int build(List<Path> corpus, int documents, Path dir, int threads)
            throws IOException, IndexBusyException, InterruptedException {
        List<Document> originals = annotate(corpus, threads);
        if (originals.isEmpty()) {
            throw new IOException("no readable document in " + corpus);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (IndexWriting writing = IndexWriting.open(dir)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                jobs.add(pool.submit(() -> {
                    for (int n = first; n < documents; n += threads) {
                        writing.put(copy(originals.get(n % originals.size()), n / originals.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            writing.commit();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("building the benchmark index failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return documents;
    }

    private static List<Document> annotate(List<Path> corpus, int threads) throws IOException, InterruptedException {
        Pipeline pipeline = Pipeline.standard(java.time.Duration.ofSeconds(120));
        List<Path> files = FileSource.list(corpus, new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Document>> jobs = new ArrayList<>();
            for (Path f : files) {
                jobs.add(pool.submit(() -> {
                    try {
                        return pipeline.process(FileSource.describe(f));
                    } catch (ReadException e) {
                        return null; // a file that cannot be read is left out of the copies
                    }
                }));
            }
            List<Document> docs = new ArrayList<>();
            for (Future<Document> job : jobs) {
                Document d = job.get();
                if (d != null) {
                    docs.add(d);
                }
            }
            return docs;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("annotating the benchmark corpus failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Copy 0 is the original; later copies get a hash of their own and a path that says which copy they are. */
    private static Document copy(Document original, int copy) {
        if (copy == 0) {
            return original;
        }
        String hash = FileSource.hash((original.hash() + "#" + copy).getBytes(StandardCharsets.UTF_8));
        return original.withIdentity(hash, original.path() + "#copy-" + copy);
    }
}
