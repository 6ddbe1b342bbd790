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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.read.ReadException;
import org.hrcmonitor.pipeline.tag.TagEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "commitments", description = {
        "Precision, recall and F1 of commitment detection against labelled sentences: JSON Lines",
        "{\"text\", \"lang\", \"commitment\": true|false}. A sentence counts as found when the pipeline extracts at",
        "least one commitment from it. One row per file and language, and per file overall."})
public final class EvalCommitmentsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Labelled files, e.g. corpus/.gold/commitments-*.jsonl.")
    List<Path> gold;

    @Option(names = "--errors", description = "Also list the sentences missed and the ones found wrongly.")
    boolean errors;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    /** One sentence scored wrong: {@code missed} (labelled, not found) or {@code wrong} (found, not labelled). */
    record Error(String file, int line, String lang, String kind, String text) {}

    @Override
    public Integer call() throws IOException {
        Format format = output.among(Format.text, Format.json);
        Pipeline pipeline = Pipeline.standard(Duration.ofSeconds(60));
        Map<String, TagEvaluation> scores = new LinkedHashMap<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        List<Error> wrong = new ArrayList<>();
        int bad = 0;
        for (Path file : gold) {
            Map<String, TagEvaluation> byLanguage = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                spec.commandLine().getErr().println("hrc: " + file + ": cannot read (" + e.getMessage() + ")");
                bad++;
                continue;
            }
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode item = Json.mapper().readTree(line);
                    if (!item.path("commitment").isBoolean() || !item.path("text").isTextual()) {
                        throw new IOException("needs \"text\" and a true/false \"commitment\"");
                    }
                    String lang = item.path("lang").asText("auto");
                    boolean labelled = item.get("commitment").asBoolean();
                    boolean found = !pipeline.annotateText(file + ":" + number, item.get("text").asText(),
                            lang.equals("auto") ? null : lang).commitments().isEmpty();
                    TagEvaluation score = TagEvaluation.of(List.of(mark(labelled)), List.of(mark(found)));
                    byLanguage.merge(lang, score, TagEvaluation::plus);
                    counts.merge(lang, 1, Integer::sum);
                    if (labelled != found) {
                        wrong.add(new Error(file.toString(), number, lang, labelled ? "missed" : "wrong",
                                item.get("text").asText()));
                    }
                } catch (IOException | ReadException e) {
                    spec.commandLine().getErr().println("hrc: " + file + ":" + number + ": " + e.getMessage()
                            .lines().findFirst().orElse(""));
                    bad++;
                }
            }
            String name = file.getFileName().toString();
            byLanguage.forEach((lang, s) -> {
                scores.put(name + " " + lang, s);
                items.put(name + " " + lang, counts.get(lang));
            });
            if (byLanguage.size() > 1) {
                scores.put(name + " all", byLanguage.values().stream().reduce(TagEvaluation::plus).orElseThrow());
                items.put(name + " all", counts.values().stream().mapToInt(Integer::intValue).sum());
            }
        }
        print(scores, items, wrong, format, spec.commandLine().getOut());
        return bad == 0 ? 0 : 1;
    }

    private static Set<String> mark(boolean commitment) {
        return commitment ? Set.of("commitment") : Set.of();
    }

    private void print(Map<String, TagEvaluation> scores, Map<String, Integer> items, List<Error> wrong, Format format,
                       PrintWriter out) {
        if (format == Format.json && errors) {
            out.println(Json.write(Map.of("scores", ScoreTable.json(scores, items), "errors", wrong)));
        } else {
            ScoreTable.print(scores, items, format, out);
        }
        if (format == Format.text && errors) {
            out.printf("%nerrors (%d)%n", wrong.size());
            wrong.forEach(e -> out.printf("  %-6s %s:%d [%s] %s%n", e.kind(), e.file(), e.line(), e.lang(), e.text()));
        }
        out.flush();
    }
}
