package org.hrcmonitor.cli.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.pipeline.tag.TagEvaluation;
import org.hrcmonitor.pipeline.tag.theme.ThemeAnnotator;
import org.hrcmonitor.pipeline.tag.theme.ThemeScores;
import org.hrcmonitor.pipeline.tag.theme.UprThemeEvaluation;
import org.hrcmonitor.pipeline.tag.theme.UprThemeEvaluation.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "upr-themes", description = {
        "Theme tagging against UPR Info's issue labels of real UPR recommendations (English), mapped to the taxonomy:",
        "micro precision/recall/F1 on the sessions the terms were tuned on (1-13) and on the held-out sessions (14-20)."})
public final class EvalUprThemesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The UPR Info CSVs (default: ../shared/labelled/uprs).")
    Path dir = Path.of("..", "shared", "labelled", "uprs");

    @Option(names = "--per-theme", description = "Also a row per theme (held-out sessions).")
    boolean perTheme;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Format format = output.among(Format.text, Format.json);
        UprThemeEvaluation evaluation = new UprThemeEvaluation(new ThemeAnnotator());
        List<Recommendation> tune = UprThemeEvaluation.readAll(dir, UprThemeEvaluation.TUNE_FILES);
        List<Recommendation> heldOut = UprThemeEvaluation.readAll(dir, UprThemeEvaluation.HELD_OUT_FILES);
        ThemeScores held = evaluation.evaluate(heldOut);
        Map<String, TagEvaluation> scores = new LinkedHashMap<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        scores.put("tune (sessions 1-13)", evaluation.evaluate(tune).micro());
        items.put("tune (sessions 1-13)", tune.size());
        scores.put("held-out (sessions 14-20)", held.micro());
        items.put("held-out (sessions 14-20)", heldOut.size());
        if (perTheme) {
            held.perTheme().forEach((theme, s) -> {
                scores.put("  " + theme, s);
                items.put("  " + theme, heldOut.size());
            });
        }
        ScoreTable.print(scores, items, format, spec.commandLine().getOut());
        return 0;
    }
}
