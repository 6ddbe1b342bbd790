package org.hrcmonitor.cli.eval;

import java.io.IOException;
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
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.tag.TagEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "commitments", description = "Precision, recall and F1 of commitment detection against labelled "
        + "sentences: JSON Lines {\"text\", \"lang\", \"commitment\": true|false}. A sentence counts as found when the "
        + "pipeline extracts at least one commitment from it. One row per file and language, and per file overall.")
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
    public Integer call() {
        Format format = output.among(Format.text, Format.json);
        Pipeline pipeline = Pipeline.standard(Duration.ofSeconds(60));
        GoldLines lines = new GoldLines(spec.commandLine().getErr());
        Map<String, TagEvaluation> scores = new LinkedHashMap<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        List<Error> wrong = new ArrayList<>();
        for (Path file : gold) {
            Map<String, TagEvaluation> byLanguage = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            lines.read(file, (number, item) -> {
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
            });
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
        if (errors) {
            ScoreTable.print(scores, items, wrong, e -> String.format("%-6s %s:%d [%s] %s", e.kind(), e.file(),
                    e.line(), e.lang(), e.text()), format, spec.commandLine().getOut());
        } else {
            ScoreTable.print(scores, items, format, spec.commandLine().getOut());
        }
        return lines.exitStatus();
    }

    private static Set<String> mark(boolean commitment) {
        return commitment ? Set.of("commitment") : Set.of();
    }
}
