package org.hrcmonitor.cli.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.tag.country.Gazetteer;
import org.hrcmonitor.pipeline.tag.theme.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tag", description = {
        "Tag countries and themes in a file or standard input, without indexing it (same reading and clean-up as ingest).",
        "--batch reads JSON Lines {\"id\", \"text\", \"lang\"?} on standard input and writes one result per line."})
public final class TagCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A file, or - for standard input (the default).")
    String file = "-";

    @Option(names = "--lang", paramLabel = "L", description = "nl, en or auto (detect; the default).")
    String lang = "auto";

    @Option(names = "--batch", description = "JSON Lines in, one JSON result per line out (whatever --format says); "
            + "models are loaded once.")
    boolean batch;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!List.of("nl", "en", "auto").contains(lang)) {
            throw new ParameterException(spec.commandLine(), "unknown language '" + lang + "' (expected nl, en or auto)");
        }
        Pipeline pipeline = Pipeline.standard(Duration.ofSeconds(120));
        Tagging tagging = new Tagging(pipeline, Gazetteer.standard(), Taxonomy.standard());
        PrintWriter out = spec.commandLine().getOut();
        Format format = output.among(Format.text, Format.json);
        if (batch) {
            return batch(tagging, out); // always JSON Lines: a batch is for programs
        }
        try {
            Document doc = file.equals("-") ? tagging.text("-", readStdin(), language(lang))
                    : tagging.file(Path.of(file), language(lang));
            TagResult result = tagging.result(doc);
            if (format == Format.json) {
                out.println(Json.write(result));
            } else {
                TagText.print(result, out);
            }
            out.flush();
            return 0;
        } catch (ReadException e) {
            spec.commandLine().getErr().println("hrc: " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** One line in, one line out, in order; a bad line gets an {@code error} and the rest goes on. */
    private int batch(Tagging tagging, PrintWriter out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int lines = 0;
        int failed = 0;
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            ObjectNode result = Json.mapper().createObjectNode();
            try {
                JsonNode request = Json.mapper().readTree(line);
                result.set("id", request.get("id"));
                String requested = request.hasNonNull("lang") ? request.get("lang").asText() : lang;
                Document doc = tagging.text(request.path("id").asText("-"), request.path("text").asText(""),
                        language(requested));
                result.setAll((ObjectNode) Json.mapper().valueToTree(tagging.result(doc)));
            } catch (IOException | ReadException | RuntimeException e) {
                failed++;
                result.put("error", "line " + lines + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            out.println(Json.mapper().writer().without(
                    com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            out.flush();
        }
        spec.commandLine().getErr().printf("hrc: tagged %d lines, %d failed%n", lines - failed, failed);
        return failed == 0 ? 0 : 1;
    }

    private static String language(String requested) {
        return requested.equals("auto") ? null : requested;
    }

    private static String readStdin() throws IOException {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
