package org.hrcmonitor.cli.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.models.eval.EvalResult;
import org.hrcmonitor.models.eval.ModelEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hrc models eval}: scores the shipped models of both languages on held-out data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score every model: Dutch on UD Alpino test, English on a small hand-annotated sample.")
final class ModelsEvalCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--data", paramLabel = "DIR", defaultValue = ModelsCommand.DEFAULT_DATA,
            description = "nlp-data directory with the UD_Dutch-* folders (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        List<EvalResult> results;
        try {
            results = new ModelEvaluator(LanguageModels.shared()).evaluateAll(data);
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("models eval: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
            out.flush();
            return 0;
        }
        scoreTable(results).print(out);
        return 0;
    }

    /** The score table, shared with {@code models train}. */
    static TextTable scoreTable(List<EvalResult> results) {
        TextTable table = new TextTable("language", "model", "metric", "value", "items", "test data");
        for (EvalResult r : results) {
            table.row(r.language().code(), r.model(), r.metric(), String.format(Locale.ROOT, "%.4f", r.value()),
                    Long.toString(r.items()), r.testData());
        }
        return table;
    }
}
