package org.hrcmonitor.cli.models;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hrcmonitor.models.train.DutchModelTrainer;
import org.hrcmonitor.models.train.ModelFile;
import org.hrcmonitor.models.train.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hrc models train}: trains the Dutch models, writes them with manifest.json, prints their scores. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the Dutch sentence, token, POS and lemma models from the UD treebanks (about 11 minutes).")
final class ModelsTrainCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = ModelsCommand.DEFAULT_DATA,
            description = "nlp-data directory with the UD_Dutch-* folders (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models/src/main/resources/org/hrcmonitor/models/nl",
            description = "where to write the models and manifest.json (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        TrainingReport report;
        try {
            report = new DutchModelTrainer(line -> {
                err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - start) / 1e9, line);
                err.flush();
            }).train(data, out);
        } catch (IOException | UncheckedIOException e) {
            err.println("models train: " + e.getMessage());
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        ModelsEvalCommand.scoreTable(report.scores()).print(stdout);
        stdout.println();
        TextTable files = new TextTable("file", "bytes", "sha256");
        for (ModelFile f : report.files()) {
            files.row(f.name(), Long.toString(f.bytes()), f.sha256());
        }
        files.print(stdout);
        return 0;
    }
}
