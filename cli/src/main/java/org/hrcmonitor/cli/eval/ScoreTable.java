package org.hrcmonitor.cli.eval;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    /** One entry per named set of scores, as {@link #print} writes them in JSON. */
    static Map<String, Object> json(Map<String, TagEvaluation> scores, Map<String, Integer> items) {
        Map<String, Object> json = new LinkedHashMap<>();
        scores.forEach((name, s) -> json.put(name, Map.of("items", items.get(name), "precision", s.precision(),
                "recall", s.recall(), "f1", s.f1(), "tp", s.truePositives(), "fp", s.falsePositives(),
                "fn", s.falseNegatives())));
        return json;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
