package org.hrcmonitor.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.tag.TagEvaluation;
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
        Map<String, Scored> scores = new LinkedHashMap<>();
        for (Path file : gold) {
            Labels countries = new Labels();
            Labels themes = new Labels();
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
                        countries.add(labels(item.get("countries")), codes(doc));
                    }
                    if (item.has("themes")) {
                        themes.add(labels(item.get("themes")), themeIds(doc));
                    }
                }
            }
            String name = file.getFileName().toString();
            if (!countries.gold.isEmpty()) {
                scores.put(name + " countries", countries.scored());
            }
            if (!themes.gold.isEmpty()) {
                scores.put(name + " themes", themes.scored());
            }
        }
        print(scores, format, spec.commandLine().getOut());
        return 0;
    }

    /** Gold and predicted label sets, line by line. */
    private static final class Labels {
        final List<Set<String>> gold = new ArrayList<>();
        final List<Set<String>> predicted = new ArrayList<>();

        void add(Set<String> goldSet, Set<String> predictedSet) {
            gold.add(goldSet);
            predicted.add(predictedSet);
        }

        Scored scored() {
            return new Scored(gold.size(), TagEvaluation.of(gold, predicted));
        }
    }

    private record Scored(int items, TagEvaluation scores) {}

    private static Document tag(Pipeline pipeline, String name, JsonNode item) throws ReadException {
        return pipeline.annotateText(name, item.path("text").asText(""),
                item.hasNonNull("lang") ? item.get("lang").asText() : null);
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

    private static void print(Map<String, Scored> scores, Format format, PrintWriter out) {
        Map<String, TagEvaluation> byName = new LinkedHashMap<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        scores.forEach((name, s) -> {
            byName.put(name, s.scores());
            items.put(name, s.items());
        });
        ScoreTable.print(byName, items, format, out);
    }
}
