package org.hrcmonitor.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.source.SourceFile;

/**
 * Picks the reader for a file by what its bytes are (a {@code .doc} that is really DOCX reads as DOCX) and bounds
 * the time one file may take, so a file that makes a parser hang fails alone instead of stalling the batch.
 */
public final class Readers {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final List<DocumentReader> readers = List.of(new HtmlReader(), new TikaReader());
    private final Duration timeout;
    /** Daemon threads: a parser stuck in a loop ignores interrupts and must not keep the JVM alive. */
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hrc-reader");
        t.setDaemon(true);
        return t;
    });

    public Readers() {
        this(DEFAULT_TIMEOUT);
    }

    public Readers(Duration timeout) {
        this.timeout = timeout;
    }

    /** The media type of a file, judged by its content; the file name only breaks a tie with plain bytes. */
    public String detect(SourceFile file) throws ReadException {
        try (InputStream in = TikaInputStream.get(file.path())) {
            MediaType type = detector.detect(in, new Metadata());
            if (type.equals(MediaType.OCTET_STREAM) || type.equals(MediaType.TEXT_PLAIN)) {
                Metadata named = new Metadata();
                named.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.path().getFileName().toString());
                try (InputStream again = TikaInputStream.get(file.path())) {
                    MediaType byName = detector.detect(again, named);
                    // a name may refine plain text (.md, .csv); for bytes nothing recognises it is the best guess
                    // left, so random bytes named .pdf fail as a corrupt PDF, which is what the user will look for
                    if (type.equals(MediaType.OCTET_STREAM) || byName.getType().equals("text")) {
                        type = byName;
                    }
                }
            }
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new ReadException("cannot read file: " + TikaReader.rootMessage(e), e);
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    /** Reads a file with the reader for its media type, within the time limit. */
    public SourceDocument read(SourceFile file) throws ReadException {
        return withinTimeLimit("parsing", () -> readWithoutTimeLimit(file));
    }

    /** Reads a file with no time limit of its own, for a caller that puts more work under one limit. */
    public SourceDocument readWithoutTimeLimit(SourceFile file) throws ReadException {
        if (file.size() == 0) {
            throw new ReadException("empty file");
        }
        String mediaType = detect(file);
        ZipBombCheck.check(file.path());
        DocumentReader reader = readers.stream().filter(r -> r.accepts(mediaType)).findFirst().orElseThrow();
        return reader.read(file, mediaType);
    }

    /** Work on one file that must take no longer than the time limit. */
    public interface FileWork<T> {
        T run() throws ReadException;
    }

    /**
     * Runs work on one file on a thread of its own and gives up on it after the time limit. A thread that is stuck
     * beyond it is left behind (it is a daemon, and interrupted, which is all Java allows), so the batch goes on.
     * {@code doing} names the work in the reason given when it fails.
     */
    public <T> T withinTimeLimit(String doing, FileWork<T> work) throws ReadException {
        Future<T> job = workers.submit(work::run);
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ReadException(doing + " took longer than " + describe(timeout) + "; gave up");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReadException re) {
                throw re;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new ReadException("too large to parse in the available memory");
            }
            // a bug of ours or of a library on one odd file (a stack overflow included) fails that file alone
            throw new ReadException(doing + " failed: " + TikaReader.rootMessage(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted");
        }
    }
}
