package org.hrcmonitor.cli.followup;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.Format;
import org.hrcmonitor.cli.FormatOption;
import org.hrcmonitor.cli.IndexOption;
import org.hrcmonitor.cli.output.Json;
import org.hrcmonitor.index.CommitmentSchema;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexedCommitment;
import org.hrcmonitor.index.followup.FollowUp;
import org.hrcmonitor.index.followup.Judgements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "followup", description = {
        "Evidence that a commitment was followed up: passages of later documents (either language) ranked by the "
                + "themes, countries, partners and key terms they share with it, each with why it matched, and a "
                + "status: evidence-found, no-evidence-yet or overdue (its time frame ended). Confirmed evidence "
                + "always counts, rejected evidence never.",
        "Example: hrc followup c-6637259254fe   (ids from hrc commitments)"},
        subcommands = {FollowupConfirmCommand.class, FollowupRejectCommand.class})
public final class FollowupCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Parameters(arity = "0..1", paramLabel = "COMMITMENT_ID", description = "The commitment to follow up.")
    String id;

    @Option(names = "--all", description = "Every commitment in the index, one row each (json: each in full).")
    boolean all;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Format format = output.among(Format.text, Format.json);
        if (all == (id != null)) {
            throw new ParameterException(spec.commandLine(), "give a COMMITMENT_ID or --all");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (IndexReading reading = IndexReading.open(index.dir())) {
            Judgements judgements = JudgementFile.read(index.dir(), spec.commandLine().getErr());
            FollowUpView view = new FollowUpView(reading, judgements);
            if (all) {
                List<FollowUp> done = new ArrayList<>();
                for (IndexedCommitment c : reading.commitments(CommitmentSchema.all())) {
                    done.add(view.of(c));
                }
                if (format == Format.json) {
                    List<Object> json = new ArrayList<>();
                    for (FollowUp f : done) {
                        json.add(view.json(f, true));
                    }
                    out.println(Json.write(json));
                } else {
                    FollowUpText.table(done, out);
                }
                out.flush();
                return 0;
            }
            Optional<IndexedCommitment> c = reading.commitment(id);
            if (c.isEmpty()) {
                spec.commandLine().getErr().println("hrc: no commitment with id " + id + " in " + index.dir()
                        + " (hrc commitments lists them)");
                return 1;
            }
            FollowUp f = view.of(c.get());
            if (format == Format.json) {
                out.println(Json.write(view.json(f, true)));
                out.flush();
            } else {
                FollowUpText.detail(f, view, out);
            }
        }
        return 0;
    }
}
