package org.hrcmonitor.cli.models;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hrc models}: train, evaluate and benchmark the language models. Results go to stdout, progress to stderr.
 * Registered as a subcommand of the root {@code hrc} command.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Train (Dutch), evaluate and benchmark the language models.",
        subcommands = {ModelsTrainCommand.class, ModelsEvalCommand.class, ModelsBenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:data or model files could not be read or written", "2:invalid usage"})
public final class ModelsCommand implements Callable<Integer> {

    /** Default for --data: $HRC_SHARED/nlp-data, else ../shared/nlp-data from the working directory. */
    static final String DEFAULT_DATA = "${env:HRC_SHARED:-../shared}/nlp-data";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: train, eval or bench");
    }
}
