package org.hrcmonitor.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.models.ModelSource;
import org.hrcmonitor.models.SharedData;
import org.hrcmonitor.models.eval.ModelEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the trainer's wiring on a few sentences per file; real training is `hrc models train`'s job. */
class DutchModelTrainerTest {

    private static final int SENTENCES_PER_FILE = 40;

    @Test
    void trainsEveryModelWritesTheManifestAndTheModelsLoad(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("nlp-data");
        for (String file : List.of(DutchCorpus.ALPINO_DEV, DutchCorpus.LASSY_DEV, DutchCorpus.LASSY_TEST,
                DutchCorpus.LASSY_OLD_TRAIN, ModelEvaluator.ALPINO_TEST)) {
            copyHead(SharedData.nlpData().resolve(file), data.resolve(file));
        }
        Path out = tmp.resolve("out");
        List<String> progress = new ArrayList<>();

        TrainingReport report = new DutchModelTrainer(progress::add).train(data, out);

        assertEquals(3 * SENTENCES_PER_FILE, report.corpus().sentencesWithText().size());
        assertEquals(List.of("nl-sent.bin", "nl-token.bin", "nl-pos.bin", "nl-lemma-me.bin", "nl-lemma-dict.tsv"),
                report.files().stream().map(ModelFile::name).toList());
        assertEquals(List.of("sentence", "token", "pos", "lemma-dictionary", "lemma-me"),
                report.scores().stream().map(r -> r.model()).toList());
        String manifest = Files.readString(out.resolve(ModelManifest.FILE_NAME));
        assertTrue(manifest.contains("CC BY-SA 4.0"), manifest);
        assertTrue(manifest.contains(report.files().get(0).sha256()), manifest);
        assertTrue(manifest.contains("\"file\": \"nl_alpino-ud-test.conllu\""), manifest);
        String[] tokens = new LanguageModels(ModelSource.directory(Language.NL, out)).tokenizer(Language.NL)
                .tokenize("Het kabinet stuurt een brief.");
        assertEquals("Het kabinet stuurt een brief .", String.join(" ", tokens));
    }

    /** Copies the first sentences of a CoNLL-U file (sentences end with a blank line). */
    private static void copyHead(Path from, Path to) throws IOException {
        StringBuilder head = new StringBuilder();
        int sentences = 0;
        for (String line : Files.readAllLines(from, StandardCharsets.UTF_8)) {
            head.append(line).append('\n');
            if (line.isBlank() && ++sentences == SENTENCES_PER_FILE) {
                break;
            }
        }
        Files.createDirectories(to.getParent());
        Files.writeString(to, head, StandardCharsets.UTF_8);
    }
}
