package org.hrcmonitor.cli.followup;

import org.hrcmonitor.index.followup.Judgement;
import picocli.CommandLine.Command;

@Command(name = "reject", description = "Record that a piece of evidence does not show the commitment was followed up: it then never counts. Kept in the index folder across re-ingests; the last judgement wins.")
public final class FollowupRejectCommand extends JudgementCommand {
    @Override
    String verdict() {
        return Judgement.REJECTED;
    }
}
