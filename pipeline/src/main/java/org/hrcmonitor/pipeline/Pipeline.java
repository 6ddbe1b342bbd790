package org.hrcmonitor.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.pipeline.annotate.Annotator;
import org.hrcmonitor.pipeline.annotate.DateAnnotator;
import org.hrcmonitor.pipeline.annotate.KindAnnotator;
import org.hrcmonitor.pipeline.annotate.LanguageAnnotator;
import org.hrcmonitor.pipeline.annotate.SectionAnnotator;
import org.hrcmonitor.pipeline.annotate.SentenceAnnotator;
import org.hrcmonitor.pipeline.annotate.SymbolAnnotator;
import org.hrcmonitor.pipeline.annotate.TitleAnnotator;
import org.hrcmonitor.pipeline.commit.CommitmentAnnotator;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.read.Readers;
import org.hrcmonitor.pipeline.source.FileSource;
import org.hrcmonitor.pipeline.source.SourceFile;
import org.hrcmonitor.pipeline.tag.country.CountryAnnotator;
import org.hrcmonitor.pipeline.tag.theme.ThemeAnnotator;
import org.hrcmonitor.pipeline.text.CleanText;
import org.hrcmonitor.pipeline.text.TextCleaner;

/**
 * File in, document out: read (Tika or Jsoup), clean the text, then run the annotators in order.
 *
 * <p>Thread-safe: ingestion runs one pipeline from several threads.
 */
public final class Pipeline {
    private final Readers readers;
    private final TextCleaner cleaner = new TextCleaner();
    private final List<Step> steps;
    private final StageTimes times = new StageTimes();

    /** An annotator and the stage its time counts under. */
    private record Step(Annotator annotator, Stage stage) {}

    public Pipeline(Readers readers, List<Annotator> annotators) {
        this(annotators.stream().map(a -> new Step(a, Stage.ANNOTATE)).toList(), readers);
    }

    private Pipeline(List<Step> steps, Readers readers) {
        this.readers = readers;
        this.steps = List.copyOf(steps);
    }

    /**
     * The annotators every ingested document goes through, timed as three stages: the layers (language to
     * sentences), tagging (countries and themes) and commitments, so the benchmark shows what tagging costs.
     */
    public static Pipeline standard(Duration readTimeout) {
        List<Step> steps = new ArrayList<>();
        for (Annotator layer : List.of(new LanguageAnnotator(), new SymbolAnnotator(), new KindAnnotator(),
                new DateAnnotator(), new TitleAnnotator(), new SectionAnnotator(),
                new SentenceAnnotator(LanguageModels.shared()))) {
            steps.add(new Step(layer, Stage.ANNOTATE));
        }
        steps.add(new Step(new CountryAnnotator(), Stage.TAG));
        steps.add(new Step(new ThemeAnnotator(), Stage.TAG));
        steps.add(new Step(new CommitmentAnnotator(), Stage.COMMITMENTS));
        return new Pipeline(steps, new Readers(readTimeout));
    }

    /**
     * Reads and annotates a file within the readers' time limit: annotation is bounded too, because a text no parser
     * minds can still make an annotator crawl (a statistical model whose cost grows with the square of a token).
     */
    public Document process(SourceFile file) throws ReadException {
        return readers.withinTimeLimit("reading and annotating", () -> {
            long start = System.nanoTime();
            SourceDocument source = readers.readWithoutTimeLimit(file);
            times.add(Stage.EXTRACT, System.nanoTime() - start);
            return annotate(source);
        });
    }

    /** Cleans and annotates what a reader extracted; fails when no text is left, since nothing could be found. */
    public Document annotate(SourceDocument source) throws ReadException {
        return annotate(source, null);
    }

    /**
     * As {@link #annotate(SourceDocument)}, with the language given rather than detected ({@code nl}, {@code en}),
     * for callers who know it; null detects it.
     */
    public Document annotate(SourceDocument source, String language) throws ReadException {
        long start = System.nanoTime();
        CleanText clean = cleaner.clean(source.text());
        long cleaned = System.nanoTime();
        times.add(Stage.CLEAN, cleaned - start);
        if (clean.text().isBlank()) {
            throw new ReadException(source.mediaType().equals("application/pdf")
                    ? "no text layer (scanned PDF?): needs OCR"
                    : "no text in " + source.mediaType());
        }
        Document doc = Document.unannotated(source, clean.text(), clean.paragraphs()).withLanguage(language);
        long step = cleaned;
        for (Step s : steps) {
            doc = s.annotator().annotate(doc);
            long done = System.nanoTime();
            times.add(s.stage(), done - step);
            step = done;
        }
        return doc;
    }

    /** Cleans and annotates text that never was a file (standard input, a line of a batch, a labelled sentence). */
    public Document annotateText(String name, String text, String language) throws ReadException {
        String hash = FileSource.hash(text.getBytes(StandardCharsets.UTF_8));
        return annotate(new SourceDocument(name, hash, "text/plain", text, null, List.of(), Map.of()), language);
    }

    public Readers readers() {
        return readers;
    }

    public StageTimes times() {
        return times;
    }
}
