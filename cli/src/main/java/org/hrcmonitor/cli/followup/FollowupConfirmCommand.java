package org.hrcmonitor.cli.followup;

import org.hrcmonitor.index.followup.Judgement;
import picocli.CommandLine.Command;

@Command(name = "confirm", description = "Record that a piece of evidence shows the commitment was followed up: it then always counts. Kept in the index folder across re-ingests; the last judgement wins.")
public final class FollowupConfirmCommand extends JudgementCommand {
    @Override
    String verdict() {
        return Judgement.CONFIRMED;
    }
}
