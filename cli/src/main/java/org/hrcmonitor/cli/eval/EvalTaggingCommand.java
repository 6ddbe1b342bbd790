package org.hrcmonitor.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.cli.output.Table;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.source.FileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tagging", description = {
        "Precision, recall and F1 of country and theme tagging against a labelled file: JSON Lines",
        "{\"text\", \"lang\", \"countries\": [...], \"themes\": [...]}; a line without \"countries\" (or \"themes\") is not",
        "scored for them. Scores are micro-averaged over lines; each line's prediction is the set of codes/ids found."})
public final class EvalTaggingCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Labelled files, e.g. corpus/.gold/*.jsonl.")
    List<Path> gold;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, ReadException {
        Format format = output.among(Format.text, Format.json);
        Pipeline pipeline = Pipeline.standard(Duration.ofSeconds(60));
        Map<String, Scores> scores = new LinkedHashMap<>();
        for (Path file : gold) {
            Scores countries = Scores.NONE;
            Scores themes = Scores.NONE;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line; (line = in.readLine()) != null; ) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode item = Json.mapper().readTree(line);
                    Document doc = tag(pipeline, file + ":" + number, item);
                    if (item.has("countries")) {
                        countries = countries.add(labels(item.get("countries")), codes(doc));
                    }
                    if (item.has("themes")) {
                        themes = themes.add(labels(item.get("themes")), themeIds(doc));
                    }
                }
            }
            String name = file.getFileName().toString();
            if (countries.items() > 0) {
                scores.put(name + " countries", countries);
            }
            if (themes.items() > 0) {
                scores.put(name + " themes", themes);
            }
        }
        print(scores, format, spec.commandLine().getOut());
        return 0;
    }

    private static Document tag(Pipeline pipeline, String name, JsonNode item) throws ReadException {
        String text = item.path("text").asText("");
        SourceDocument source = new SourceDocument(name, FileSource.hash(text.getBytes(StandardCharsets.UTF_8)),
                "text/plain", text, null, List.of(), Map.of());
        return pipeline.annotate(source, item.hasNonNull("lang") ? item.get("lang").asText() : null);
    }

    private static Set<String> labels(JsonNode array) {
        Set<String> labels = new HashSet<>();
        array.forEach(n -> labels.add(n.asText()));
        return labels;
    }

    private static Set<String> codes(Document doc) {
        Set<String> codes = new HashSet<>();
        doc.countries().stream().map(CountryMention::code).forEach(codes::add);
        return codes;
    }

    private static Set<String> themeIds(Document doc) {
        Set<String> ids = new HashSet<>();
        doc.themes().stream().map(ThemeTag::theme).forEach(ids::add);
        return ids;
    }

    private static void print(Map<String, Scores> scores, Format format, PrintWriter out) {
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            scores.forEach((name, s) -> json.put(name, Map.of("items", s.items(), "precision", s.precision(),
                    "recall", s.recall(), "f1", s.f1(), "tp", s.truePositives(), "fp", s.falsePositives(),
                    "fn", s.falseNegatives())));
            out.println(Json.write(json));
        } else {
            Table t = new Table("gold", "items", "precision", "recall", "F1", "tp", "fp", "fn");
            scores.forEach((name, s) -> t.row(name, s.items(), fmt(s.precision()), fmt(s.recall()), fmt(s.f1()),
                    s.truePositives(), s.falsePositives(), s.falseNegatives()));
            t.print(out);
        }
        out.flush();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
