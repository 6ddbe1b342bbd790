package org.hrcmonitor.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text: {@code nl}, {@code en}, or {@code other}.
 *
 * <p>Plain Dutch or English prose is recognised by its {@link FunctionWords}, at a fortieth of the detector's cost;
 * the rest goes to OpenNLP's 103-language detector ({@code opennlp-models-langdetect}). The model is loaded once, on
 * first use, because most commands (search, show, stats) never need it. {@link LanguageDetectorME} keeps per-call
 * state, so each thread gets its own instance over the one shared model.
 */
public final class LanguageDetection {
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Enough text to decide; the detector's cost grows with length while its answer stops changing. */
    private static final int SAMPLE_CHARS = 4000;

    private static volatile LanguageDetectorModel model;
    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    private LanguageDetection() {}

    /** The ISO 639-1 code of the text's language when it is Dutch or English, else {@code other}. */
    public static String detect(CharSequence text) {
        String sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS).toString() : text.toString();
        if (sample.isBlank()) {
            return "other";
        }
        return FunctionWords.plainly(sample).orElseGet(() -> byModel(sample));
    }

    /** The statistical detector's answer alone, without the function-word shortcut. */
    static String byModel(String sample) {
        return switch (DETECTOR.get().predictLanguage(sample).getLang()) {
            case "nld" -> "nl";
            case "eng" -> "en";
            default -> "other";
        };
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (LanguageDetection.class) {
                if (model == null) {
                    model = load();
                }
                m = model;
            }
        }
        return m;
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
        }
    }
}
