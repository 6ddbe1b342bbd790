package org.hrcmonitor.cli.eval;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.cli.output.Table;
import org.hrcmonitor.pipeline.tag.TagEvaluation;

/** Evaluation results as a table for people or JSON for programs: one row per named set of scores. */
final class ScoreTable {
    private ScoreTable() {}

    static void print(Map<String, TagEvaluation> scores, Map<String, Integer> items, Format format, PrintWriter out) {
        if (format == Format.json) {
            out.println(Json.write(json(scores, items)));
        } else {
            Table t = new Table("scored", "items", "precision", "recall", "F1", "tp", "fp", "fn");
            scores.forEach((name, s) -> t.row(name, items.get(name), fmt(s.precision()), fmt(s.recall()), fmt(s.f1()),
                    s.truePositives(), s.falsePositives(), s.falseNegatives()));
            t.print(out);
        }
        out.flush();
    }

    /**
     * The scores followed by the labelled lines scored wrong (an eval command's {@code --errors}): in JSON one object
     * {@code {"scores", "errors"}} with the errors as records, in text the table and then each error as
     * {@code describe} writes it.
     */
    static <E> void print(Map<String, TagEvaluation> scores, Map<String, Integer> items, List<E> errors,
                          Function<E, String> describe, Format format, PrintWriter out) {
        if (format == Format.json) {
            out.println(Json.write(new WithErrors<>(json(scores, items), errors)));
        } else {
            print(scores, items, format, out);
            out.printf("%nerrors (%d)%n", errors.size());
            errors.forEach(e -> out.println("  " + describe.apply(e)));
        }
        out.flush();
    }

    /** One entry per named set of scores, as {@link #print} writes them in JSON. */
    static Map<String, Object> json(Map<String, TagEvaluation> scores, Map<String, Integer> items) {
        Map<String, Object> json = new LinkedHashMap<>();
        scores.forEach((name, s) -> json.put(name, Map.of("items", items.get(name), "precision", s.precision(),
                "recall", s.recall(), "f1", s.f1(), "tp", s.truePositives(), "fp", s.falsePositives(),
                "fn", s.falseNegatives())));
        return json;
    }

    private record WithErrors<E>(Map<String, Object> scores, List<E> errors) {}

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
