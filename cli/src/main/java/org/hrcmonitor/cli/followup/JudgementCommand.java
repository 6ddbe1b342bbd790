package org.hrcmonitor.cli.followup;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.hrcmonitor.cli.IndexOption;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.followup.EvidenceId;
import org.hrcmonitor.index.followup.Judgement;
import org.hrcmonitor.index.followup.Judgements;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code followup confirm} and {@code followup reject} share: check the ids, append the judgement. The
 * commitment must be in the index; the evidence need not be in its current list, since staff may have found the
 * passage themselves (any {@code DOCUMENT@OFFSET} of a passage's middle sentence will do).
 */
abstract class JudgementCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Parameters(index = "0", paramLabel = "COMMITMENT_ID")
    String commitment;

    @Parameters(index = "1", paramLabel = "EVIDENCE_ID", description = "As hrc followup lists it: DOCUMENT@OFFSET.")
    String evidence;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, for colleagues and the export.")
    String note;

    @Spec
    CommandSpec spec;

    /** {@link Judgement#CONFIRMED} or {@link Judgement#REJECTED}. */
    abstract String verdict();

    @Override
    public Integer call() throws IOException {
        if (!EvidenceId.valid(evidence)) {
            throw new ParameterException(spec.commandLine(), "not an evidence id (DOCUMENT@OFFSET, as hrc followup "
                    + "lists it): " + evidence);
        }
        try (IndexReading reading = IndexReading.open(index.dir())) {
            if (reading.commitment(commitment).isEmpty()) {
                spec.commandLine().getErr().println("hrc: no commitment with id " + commitment + " in " + index.dir());
                return 1;
            }
        }
        Judgements judgements = JudgementFile.read(index.dir(), spec.commandLine().getErr());
        judgements.record(new Judgement(commitment, evidence, verdict(), note, Instant.now()));
        spec.commandLine().getOut().printf("%s %s for %s%n", verdict(), evidence, commitment);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
