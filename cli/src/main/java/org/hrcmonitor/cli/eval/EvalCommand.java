package org.hrcmonitor.cli.eval;

import picocli.CommandLine.Command;

@Command(name = "eval", description = "Measure accuracy against labelled data (precision, recall, F1).",
        subcommands = {EvalTaggingCommand.class, EvalUprThemesCommand.class, EvalCommitmentsCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
