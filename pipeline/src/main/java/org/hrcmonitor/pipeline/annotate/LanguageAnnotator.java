package org.hrcmonitor.pipeline.annotate;

import org.hrcmonitor.models.LanguageDetection;
import org.hrcmonitor.pipeline.document.Document;

/** Sets the document's language ({@code nl}, {@code en} or {@code other}) from its text, unless it was given. */
public final class LanguageAnnotator implements Annotator {
    @Override
    public Document annotate(Document doc) {
        return doc.language() != null ? doc : doc.withLanguage(LanguageDetection.detect(doc.text()));
    }
}
