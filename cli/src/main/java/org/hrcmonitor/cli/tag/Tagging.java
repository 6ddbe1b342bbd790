package org.hrcmonitor.cli.tag;

import java.io.IOException;
import java.nio.file.Path;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.source.FileSource;
import org.hrcmonitor.pipeline.tag.country.Gazetteer;
import org.hrcmonitor.pipeline.tag.theme.Taxonomy;

/** Runs the ingest pipeline on one file or text without an index, for {@code hrc tag}. */
final class Tagging {
    private final Pipeline pipeline;
    private final Gazetteer gazetteer;
    private final Taxonomy taxonomy;

    Tagging(Pipeline pipeline, Gazetteer gazetteer, Taxonomy taxonomy) {
        this.pipeline = pipeline;
        this.gazetteer = gazetteer;
        this.taxonomy = taxonomy;
    }

    /** @param language {@code nl} or {@code en} to skip detection, or null to detect */
    Document file(Path file, String language) throws IOException, ReadException {
        SourceDocument source = pipeline.readers().read(FileSource.describe(file));
        return pipeline.annotate(source, language);
    }

    Document text(String name, String text, String language) throws ReadException {
        return pipeline.annotateText(name, text, language);
    }

    TagResult result(Document doc) {
        return TagResult.of(doc, gazetteer, taxonomy);
    }
}
