package org.hrcmonitor.cli.followup;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.IndexOption;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.index.CommitmentSchema;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexedCommitment;
import org.hrcmonitor.index.followup.Evidence;
import org.hrcmonitor.index.followup.FollowUp;
import org.hrcmonitor.index.followup.Judgement;
import org.hrcmonitor.index.followup.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "commitments", description = {
        "The commitments found in ingested letters, with their follow-up status and deciding evidence. Filters "
                + "combine with AND; a repeated --theme or --country means any of them.",
        "Example: hrc commitments --theme freedom-of-expression --status overdue --format csv"})
public final class CommitmentsCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--doc", paramLabel = "ID", description = "Only commitments of this document.")
    String doc;

    @Option(names = "--theme", paramLabel = "ID", description = "Only commitments addressing this theme; repeatable.")
    List<String> themes = List.of();

    @Option(names = "--country", paramLabel = "CODE", description = "Only commitments naming this country; repeatable.")
    List<String> countries = List.of();

    @Option(names = "--status", paramLabel = "S", description = "evidence-found, no-evidence-yet or overdue.")
    String status;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Format format = output.among(Format.values());
        Status wanted = status();
        PrintWriter out = spec.commandLine().getOut();
        try (IndexReading reading = IndexReading.open(index.dir())) {
            FollowUpView view = new FollowUpView(reading, JudgementFile.read(index.dir(), spec.commandLine().getErr()));
            List<FollowUp> shown = new ArrayList<>();
            for (IndexedCommitment c : reading.commitments(CommitmentSchema.matching(doc, themes, countries))) {
                FollowUp f = view.of(c);
                if (wanted == null || f.status() == wanted) {
                    shown.add(f);
                }
            }
            switch (format) {
                case json -> {
                    List<Object> json = new ArrayList<>();
                    for (FollowUp f : shown) {
                        json.add(view.json(f, false));
                    }
                    out.println(Json.write(json));
                }
                case csv -> csv(shown, out);
                case text -> FollowUpText.table(shown, out);
            }
            out.flush();
        }
        return 0;
    }

    private Status status() {
        try {
            return status == null ? null : Status.fromId(status);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void csv(List<FollowUp> shown, PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "document", "date", "lang",
                "actor", "action", "partners", "timeframe", "due_from", "due_to", "quantities", "countries", "themes",
                "status", "evidence", "score", "judgements", "sentence").get());
        for (FollowUp f : shown) {
            IndexedCommitment c = f.commitment();
            Evidence best = FollowUpView.best(f).orElse(null);
            csv.printRecord(c.id(), c.documentId(), c.documentDate(), c.lang(), c.actor(), c.action(),
                    String.join(" ", c.partners()), c.timeframe() == null ? "" : c.timeframe().text(),
                    c.timeframe() == null ? "" : c.timeframe().from(), c.timeframe() == null ? "" : c.timeframe().to(),
                    String.join("; ", c.quantities()), String.join(" ", c.countries()), String.join(" ", c.themes()),
                    f.status().id(), best == null ? "" : best.id(),
                    best == null ? "" : String.format(Locale.ROOT, "%.3f", best.score()),
                    FollowUpView.judgements(f).stream().map(CommitmentsCommand::judgement)
                            .collect(Collectors.joining("; ")), c.sentence());
        }
        csv.flush();
    }

    /** {@code confirmed DOC@OFFSET (note)}: one judgement in a CSV cell. */
    private static String judgement(Judgement j) {
        return j.verdict() + " " + j.evidence() + (j.note() == null ? "" : " (" + j.note() + ")");
    }
}
