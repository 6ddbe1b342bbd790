package org.hrcmonitor.cli;

import java.io.IOException;
import org.hrcmonitor.cli.bench.BenchCommand;
import org.hrcmonitor.cli.eval.EvalCommand;
import org.hrcmonitor.cli.export.ExportCommand;
import org.hrcmonitor.cli.followup.CommitmentsCommand;
import org.hrcmonitor.cli.followup.FollowupCommand;
import org.hrcmonitor.cli.models.ModelsCommand;
import org.hrcmonitor.cli.report.ReportCommand;
import org.hrcmonitor.cli.tag.TagCommand;
import org.hrcmonitor.cli.watch.WatchCommand;
import org.hrcmonitor.index.IndexBusyException;
import org.hrcmonitor.index.NoIndexException;
import org.hrcmonitor.index.search.InvalidQueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hrc} command: HRC Monitor's command line. */
@Command(name = "hrc", mixinStandardHelpOptions = true, version = "hrc 0.1.0",
        description = "HRC Monitor: ingest, search and follow up UN Human Rights Council documents.",
        subcommands = {DemoCommand.class, IngestCommand.class, SearchCommand.class, ShowCommand.class,
                StatsCommand.class, CommitmentsCommand.class, FollowupCommand.class, ExportCommand.class,
                WatchCommand.class, ReportCommand.class, BenchCommand.class, ModelsCommand.class, EvalCommand.class,
                TagCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:some input failed (named on output) or not found",
                "2:bad usage or query", "3:index missing or busy", "4:internal error"})
public final class Hrc implements Runnable {
    public static final int INPUT_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INDEX_UNAVAILABLE = 3;
    public static final int INTERNAL = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Every command answers {@code --help} and {@code --version}, as the root does. */
    private static void withHelpOptions(CommandLine command) {
        if (!(command.getCommand() instanceof CommandLine.HelpCommand)) {
            command.getCommandSpec().mixinStandardHelpOptions(true);
        }
        command.getSubcommands().values().forEach(Hrc::withHelpOptions);
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Hrc());
        withHelpOptions(cl);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("hrc: " + e.getMessage());
            commandLine.getErr().flush();
            if (e instanceof InvalidQueryException) {
                return USAGE;
            }
            if (e instanceof IndexBusyException || e instanceof NoIndexException) {
                return INDEX_UNAVAILABLE;
            }
            if (e instanceof IOException) {
                return INPUT_FAILED;
            }
            e.printStackTrace(commandLine.getErr());
            return INTERNAL;
        });
        return cl;
    }
}
