package org.hrcmonitor.cli.bench;

import picocli.CommandLine.Command;

@Command(name = "bench", description = "Benchmarks: medians of several runs against a baseline measured in the same run.",
        subcommands = {BenchIngestCommand.class, BenchSearchCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
