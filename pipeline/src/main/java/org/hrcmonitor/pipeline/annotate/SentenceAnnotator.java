package org.hrcmonitor.pipeline.annotate;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.tokenize.Tokenizer;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageDetection;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.Span;

/**
 * Splits each paragraph into sentences and tokens with the models of the paragraph's language.
 *
 * <p>In a bilingual document (a treaty in Dutch and English, a letter quoting a resolution) a paragraph long enough
 * to judge ({@value #OWN_LANGUAGE_CHARS} characters or more) gets its own language, so it is split, and later
 * indexed, by that language; shorter ones (headings, list items) take the document's language, since detection on a
 * few words guesses. Language detection costs about as much as tokenizing, so a document counts as bilingual only
 * when one of a few long paragraphs sampled across it disagrees with the document's language. Text in neither language is split with the English models, which handle Latin-script punctuation well
 * enough. Only the cheap models run here (sentence ~700k and tokens ~300k tokens/s per thread); POS tagging and the
 * lemmatizer are left to the steps that need them.
 */
public final class SentenceAnnotator implements Annotator {
    static final int OWN_LANGUAGE_CHARS = 250;
    /** Places sampled to tell a bilingual document from a monolingual one before judging paragraphs one by one. */
    private static final int SAMPLES = 6;

    private final LanguageModels models;

    public SentenceAnnotator(LanguageModels models) {
        this.models = models;
    }

    @Override
    public Document annotate(Document doc) {
        String documentLanguage = doc.language() == null ? "other" : doc.language();
        boolean bilingual = isBilingual(doc, documentLanguage);
        List<Sentence> sentences = new ArrayList<>();
        List<Span> tokens = new ArrayList<>();
        for (Span paragraph : doc.paragraphs()) {
            String text = doc.textOf(paragraph);
            String language = bilingual && paragraph.length() >= OWN_LANGUAGE_CHARS
                    ? LanguageDetection.detect(text) : documentLanguage;
            Language tools = Language.of(language).orElse(Language.EN); // English tools for other languages
            SentenceDetector detector = models.sentenceDetector(tools);
            Tokenizer tokenizer = models.tokenizer(tools);
            for (opennlp.tools.util.Span s : detector.sentPosDetect(text)) {
                int start = paragraph.start() + s.getStart();
                sentences.add(new Sentence(new Span(start, paragraph.start() + s.getEnd()), language));
                for (opennlp.tools.util.Span t : tokenizer.tokenizePos(text.substring(s.getStart(), s.getEnd()))) {
                    tokens.add(new Span(start + t.getStart(), start + t.getEnd()));
                }
            }
        }
        return doc.withSentences(sentences, tokens);
    }

    private static boolean isBilingual(Document doc, String documentLanguage) {
        List<Span> judgeable = doc.paragraphs().stream().filter(p -> p.length() >= OWN_LANGUAGE_CHARS).toList();
        int step = Math.max(1, judgeable.size() / SAMPLES);
        for (int i = 0; i < judgeable.size(); i += step) {
            if (!LanguageDetection.detect(doc.textOf(judgeable.get(i))).equals(documentLanguage)) {
                return true;
            }
        }
        return false;
    }
}
