package org.hrcmonitor.models.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Version;
import org.hrcmonitor.models.conllu.Treebank;

/**
 * Writes {@code manifest.json} next to the trained Dutch models: data used (with counts), parameters, scores,
 * checksums and the data licence. Hand-written JSON because this module has no JSON library and the
 * structure is small and fixed.
 */
public final class ModelManifest {

    public static final String FILE_NAME = "manifest.json";
    static final String LICENCE = "Models trained on UD Dutch Alpino and UD Dutch LassySmall, both CC BY-SA 4.0"
            + " (https://creativecommons.org/licenses/by-sa/4.0/); the trained models are shared under the same licence.";

    private ModelManifest() {
    }

    public static void write(TrainingReport report, Path file) throws IOException {
        Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
    }

    static String toJson(TrainingReport report) {
        DutchCorpus corpus = report.corpus();
        List<String> data = new ArrayList<>();
        for (Treebank treebank : corpus.withText()) {
            data.add(dataEntry(treebank, "sentence, token, pos, lemma"));
        }
        data.add(dataEntry(corpus.oldLassySmall(), "pos, lemma (no # text, no SpaceAfter)"));

        List<String> scores = report.scores().stream().map(r -> object(
                "model", quote(r.model()), "metric", quote(r.metric()),
                "value", String.format(Locale.ROOT, "%.4f", r.value()), "items", Long.toString(r.items()))).toList();
        List<String> files = report.files().stream().map(f -> object(
                "name", quote(f.name()), "bytes", Long.toString(f.bytes()), "sha256", quote(f.sha256()))).toList();
        String parameters = object(
                "sentence", quote(TrainingSettings.SENTENCE.toString()),
                "token", quote(TrainingSettings.TOKEN.toString() + ", alphanumeric optimisation"),
                "pos", quote(TrainingSettings.POS + ", tag dictionary of words seen at least "
                        + TrainingSettings.POS_TAG_DICTIONARY_CUTOFF + " times"),
                "lemma-me", quote(TrainingSettings.LEMMA_ME.toString()),
                "lemma-dictionary", quote("most frequent treebank lemma per (lowercased form, UPOS); fallbacks in LemmaDictionary"),
                "abbreviations", quote(report.abbreviations() + " entries from nl-abbreviations.txt, in the sentence and token models"));

        return object(
                "language", quote("nl"),
                "opennlp", quote(Version.currentVersion().toString()),
                "trained_by", quote("hrc models train (org.hrcmonitor.models.train.DutchModelTrainer)"),
                "data_licence", quote(LICENCE),
                "training_data", array(data),
                "old_lassysmall_sentences_removed", Integer.toString(corpus.oldLassyRemoved()),
                "test_data", dataEntry(report.testSet(), "evaluation only, never trained on"),
                "parameters", parameters,
                "scores", array(scores),
                "files", array(files)) + "\n";
    }

    private static String dataEntry(Treebank treebank, String usedFor) {
        return object("file", quote(treebank.name()), "sentences", Integer.toString(treebank.sentences().size()),
                "tokens", Integer.toString(treebank.tokenCount()), "used_for", quote(usedFor));
    }

    /** {@code keyValues} alternate key, already-rendered JSON value. */
    private static String object(String... keyValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keyValues.length; i += 2) {
            out.append(i == 0 ? "\n" : ",\n").append(quote(keyValues[i])).append(": ").append(keyValues[i + 1]);
        }
        return out.append("\n}").toString().replace("\n", "\n  ").replaceFirst("\n  }$", "\n}");
    }

    private static String array(List<String> values) {
        return ("[\n" + String.join(",\n", values)).replace("\n", "\n  ") + "\n]";
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
