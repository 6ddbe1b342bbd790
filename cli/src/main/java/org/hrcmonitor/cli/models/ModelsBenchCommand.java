package org.hrcmonitor.cli.models;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hrcmonitor.models.Language;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.models.eval.SpeedBenchmark;
import org.hrcmonitor.models.eval.SpeedResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hrc models bench}: tokens per second per thread for each stage, both languages, medians. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure tokens/s per thread per stage (one thread, median of N runs) on Dutch and English text.")
final class ModelsBenchCommand implements Callable<Integer> {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "timed runs per stage (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--min-tokens", paramLabel = "N", defaultValue = "50000",
            description = "tokens per run at least; the text is repeated (default: ${DEFAULT-VALUE})")
    int minTokens;

    @Option(names = "--nl-text", paramLabel = "FILE",
            defaultValue = "${env:HRC_SHARED:-../shared}/seed/000_179d281dde228d13.txt",
            description = "Dutch text (default: ${DEFAULT-VALUE})")
    Path dutchText;

    @Option(names = "--en-text", paramLabel = "FILE",
            defaultValue = "${env:HRC_SHARED:-../shared}/corpus/session-records/netherlands2012.txt",
            description = "English text (default: ${DEFAULT-VALUE})")
    Path englishText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1 || minTokens < 1) {
            throw new ParameterException(spec.commandLine(), "--runs and --min-tokens must be at least 1");
        }
        SpeedBenchmark bench = new SpeedBenchmark(LanguageModels.shared());
        List<SpeedResult> results = new ArrayList<>();
        try {
            results.addAll(bench.run(Language.NL, read(dutchText), dutchText.getFileName().toString(), runs, minTokens));
            results.addAll(bench.run(Language.EN, read(englishText), englishText.getFileName().toString(), runs, minTokens));
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("models bench: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        TextTable table = new TextTable("language", "stage", "tokens/s/thread", "tokens/run", "runs", "text");
        for (SpeedResult r : results) {
            table.row(r.language().code(), r.stage(), String.format(Locale.ROOT, "%.0f", r.tokensPerSecond()),
                    Long.toString(r.tokensPerRun()), Integer.toString(r.runs()), r.text());
        }
        table.print(out);
        return 0;
    }

    /**
     * Reads the text as UTF-8, replacing undecodable bytes rather than failing: the default English text is not
     * UTF-8 (a legacy 8-bit extraction), and a few replaced characters do not change the speed.
     */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
