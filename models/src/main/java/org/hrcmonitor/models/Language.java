package org.hrcmonitor.models;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The languages HRC Monitor reads, each with the classpath resources of its models.
 *
 * <p>English models come from the {@code org.apache.opennlp:opennlp-models-*-en} jars, which put one
 * .bin at their root. Dutch models are trained by {@code hrc models train} and shipped in this module
 * under {@code /org/hrcmonitor/models/nl/}. To add a language: add a constant here with its resources,
 * and a trainer plus evaluation data if no ready-made models exist (see models/README.md).
 */
public enum Language {
    NL("nl", Map.of(
            ModelKind.SENTENCE, "/org/hrcmonitor/models/nl/nl-sent.bin",
            ModelKind.TOKEN, "/org/hrcmonitor/models/nl/nl-token.bin",
            ModelKind.POS, "/org/hrcmonitor/models/nl/nl-pos.bin",
            ModelKind.LEMMA_DICTIONARY, "/org/hrcmonitor/models/nl/nl-lemma-dict.tsv",
            ModelKind.LEMMA_ME, "/org/hrcmonitor/models/nl/nl-lemma-me.bin")),
    EN("en", Map.of(
            ModelKind.SENTENCE, "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            ModelKind.TOKEN, "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
            ModelKind.POS, "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
            ModelKind.LEMMA_ME, "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));

    private final String code;
    private final Map<ModelKind, String> resources;

    Language(String code, Map<ModelKind, String> resources) {
        this.code = code;
        this.resources = new EnumMap<>(resources);
    }

    /** The language of an ISO 639-1 code, if it is one of these. */
    public static Optional<Language> of(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** ISO 639-1 code, as written in the OpenNLP model manifests. */
    public String code() {
        return code;
    }

    /** The classpath resource of a model, empty when the language has no such model (English has no lemma table). */
    public Optional<String> resource(ModelKind kind) {
        return Optional.ofNullable(resources.get(kind));
    }

    /** The resource of a model the language must have: asking for a missing one is a programming error. */
    public String requiredResource(ModelKind kind) {
        return resource(kind).orElseThrow(() -> new IllegalArgumentException(this + " has no " + kind + " model"));
    }

    /** The bare file name of a model's resource: what the trainer writes and a model directory holds. */
    public String fileName(ModelKind kind) {
        String resource = requiredResource(kind);
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    public boolean has(ModelKind kind) {
        return resources.containsKey(kind);
    }
}
