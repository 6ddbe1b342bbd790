package org.hrcmonitor.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --format}, shared by every command with output for both people and programs. */
public final class FormatOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (for people), json or csv (for programs; csv where a command lists rows), md or html "
                    + "(reports). Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    /** The chosen format, or a usage error naming what this command can write. */
    public Format among(Format... supported) {
        if (Arrays.asList(supported).contains(format)) {
            return format;
        }
        String names = Arrays.stream(supported).map(Enum::name).collect(Collectors.joining(", "));
        throw new ParameterException(command.commandLine(), command.name() + " supports --format " + names);
    }
}
