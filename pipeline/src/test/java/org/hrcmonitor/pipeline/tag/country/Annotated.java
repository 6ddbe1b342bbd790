package org.hrcmonitor.pipeline.tag.country;

import java.util.List;
import java.util.Map;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.pipeline.annotate.LanguageAnnotator;
import org.hrcmonitor.pipeline.annotate.SentenceAnnotator;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.text.CleanText;
import org.hrcmonitor.pipeline.text.TextCleaner;

/** Raw text through clean-up, language, sentences and tokens, then countries: the steps the pipeline runs. */
final class Annotated {
    /** One instance for all tests: building the dictionary tokenizes every name twice. */
    static final CountryAnnotator COUNTRIES = new CountryAnnotator();
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator(LanguageModels.shared());

    private Annotated() {
    }

    static Document countries(String raw) {
        CleanText clean = new TextCleaner().clean(raw);
        SourceDocument source = new SourceDocument("/tmp/t.txt", "0123456789abcdef", "text/plain", raw, null,
                List.of(), Map.of());
        Document doc = Document.unannotated(source, clean.text(), clean.paragraphs());
        return COUNTRIES.annotate(SENTENCES.annotate(new LanguageAnnotator().annotate(doc)));
    }
}
