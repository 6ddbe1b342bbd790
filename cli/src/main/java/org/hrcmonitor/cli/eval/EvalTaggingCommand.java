package org.hrcmonitor.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.hrcmonitor.pipeline.tag.TagEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tagging", description = "Precision, recall and F1 of country and theme tagging against a labelled "
        + "file: JSON Lines {\"text\", \"lang\", \"countries\": [...], \"themes\": [...]}; a line without "
        + "\"countries\" (or \"themes\") is not scored for them. Scores are micro-averaged over lines; each line's "
        + "prediction is the set of codes/ids found.")
public final class EvalTaggingCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Labelled files, e.g. corpus/.gold/*.jsonl.")
    List<Path> gold;

    @Option(names = "--errors", description = "Also list each line with a missed or wrong country code or theme id.")
    boolean errors;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    /** The labels one line missed (labelled, not found) and got wrong (found, not labelled), per kind. */
    record Error(String file, int line, String lang, Diff countries, Diff themes, String text) {
        String describe() {
            List<String> parts = new ArrayList<>();
            String missed = String.join(", ", concat(countries.missed(), themes.missed()));
            String wrong = String.join(", ", concat(countries.wrong(), themes.wrong()));
            if (!missed.isEmpty()) {
                parts.add("missed: " + missed);
            }
            if (!wrong.isEmpty()) {
                parts.add("wrong: " + wrong);
            }
            return String.format("%s:%d [%s] %s%n      %s", file, line, lang, String.join("; ", parts), text);
        }

        private static List<String> concat(Set<String> a, Set<String> b) {
            return Stream.concat(a.stream(), b.stream()).toList();
        }
    }

    /** Sorted, so the same errors always read the same. */
    record Diff(Set<String> missed, Set<String> wrong) {
        static final Diff NONE = new Diff(Set.of(), Set.of());

        static Diff of(Set<String> gold, Set<String> predicted) {
            Set<String> missed = new TreeSet<>(gold);
            missed.removeAll(predicted);
            Set<String> wrong = new TreeSet<>(predicted);
            wrong.removeAll(gold);
            return new Diff(missed, wrong);
        }

        boolean isEmpty() {
            return missed.isEmpty() && wrong.isEmpty();
        }
    }

    @Override
    public Integer call() {
        Format format = output.among(Format.text, Format.json);
        Pipeline pipeline = Pipeline.standard(Duration.ofSeconds(60));
        GoldLines lines = new GoldLines(spec.commandLine().getErr());
        Map<String, TagEvaluation> scores = new LinkedHashMap<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        List<Error> wrong = new ArrayList<>();
        for (Path file : gold) {
            Labels countries = new Labels();
            Labels themes = new Labels();
            lines.read(file, (number, item) -> {
                if (!item.path("text").isTextual()) {
                    throw new IOException("needs a \"text\"");
                }
                String lang = item.hasNonNull("lang") ? item.get("lang").asText() : null;
                Document doc = pipeline.annotateText(file + ":" + number, item.get("text").asText(), lang);
                Diff countryDiff = countries.add(item.get("countries"), codes(doc));
                Diff themeDiff = themes.add(item.get("themes"), themeIds(doc));
                if (!countryDiff.isEmpty() || !themeDiff.isEmpty()) {
                    wrong.add(new Error(file.toString(), number, lang == null ? "auto" : lang, countryDiff,
                            themeDiff, item.get("text").asText()));
                }
            });
            String name = file.getFileName().toString();
            countries.putInto(scores, items, name + " countries");
            themes.putInto(scores, items, name + " themes");
        }
        if (errors) {
            ScoreTable.print(scores, items, wrong, Error::describe, format, spec.commandLine().getOut());
        } else {
            ScoreTable.print(scores, items, format, spec.commandLine().getOut());
        }
        return lines.exitStatus();
    }

    /** Gold and predicted label sets, line by line, of the lines labelled for one kind. */
    private static final class Labels {
        final List<Set<String>> gold = new ArrayList<>();
        final List<Set<String>> predicted = new ArrayList<>();

        /** Scores the line when it is labelled for this kind ({@code array} not null). */
        Diff add(JsonNode array, Set<String> found) {
            if (array == null) {
                return Diff.NONE;
            }
            Set<String> labels = new TreeSet<>();
            array.forEach(n -> labels.add(n.asText()));
            gold.add(labels);
            predicted.add(found);
            return Diff.of(labels, found);
        }

        void putInto(Map<String, TagEvaluation> scores, Map<String, Integer> items, String name) {
            if (!gold.isEmpty()) {
                scores.put(name, TagEvaluation.of(gold, predicted));
                items.put(name, gold.size());
            }
        }
    }

    private static Set<String> codes(Document doc) {
        return doc.countries().stream().map(CountryMention::code).collect(Collectors.toSet());
    }

    private static Set<String> themeIds(Document doc) {
        return doc.themes().stream().map(ThemeTag::theme).collect(Collectors.toSet());
    }
}
