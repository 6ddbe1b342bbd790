package org.hrcmonitor.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcmonitor.index.Docs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.index.search.SearchRequest;
import org.hrcmonitor.pipeline.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    private static final int PER_WRITER = 60;

    /**
     * Two threads put documents and commit often while exports run back to back, each from the last one's cursor:
     * together they see every document exactly once, because no commit falls between a put and its entry number.
     */
    @Test
    void exportsDuringWritesMissNothingAndRepeatNothing(@TempDir Path dir) throws Exception {
        List<String> seen = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (IndexWriting writing = IndexWriting.open(dir)) {
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.add(new Thread(() -> {
                    try {
                        for (int i = 0; i < PER_WRITER; i++) {
                            writing.put(Docs.of("/w" + writer + "/" + i + ".txt", "en", Kind.OTHER, null, null,
                                    "Document " + i + " of writer " + writer + "."));
                            if (i % 10 == 0) {
                                writing.commit();
                            }
                        }
                        writing.commit();
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                }));
            }
            writers.forEach(Thread::start);
            long cursor = 0;
            int exports = 0;
            while (writers.stream().anyMatch(Thread::isAlive) || exports == 0) {
                cursor = exportInto(dir, cursor, seen);
                exports++;
                Thread.sleep(5); // leave the writers the CPU; an export between any two commits is what counts
            }
            for (Thread t : writers) {
                t.join();
            }
            exportInto(dir, cursor, seen);
        }
        assertEquals(null, failure.get());
        assertEquals(2 * PER_WRITER, seen.size());
        assertEquals(2 * PER_WRITER, new HashSet<>(seen).size());
    }

    private static long exportInto(Path dir, long since, List<String> seen) throws Exception {
        try (IndexReading reading = IndexReading.open(dir)) {
            return new Exporter(reading).export(SearchRequest.of(""), since, ExportUnit.DOCUMENT,
                    r -> seen.add(r.id())).cursor();
        }
    }
}
