package org.hrcmonitor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs {@code hrc} in-process with captured output, as the tests' user. */
final class Cli {
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return org.hrcmonitor.cli.output.Json.mapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }
    }

    private Cli() {}

    static Result run(String... args) {
        CommandLine cl = Hrc.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** {@code hrc} with these arguments as a process of its own, on this JVM and class path, for crashes and limits. */
    static ProcessBuilder process(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Hrc.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The project's sample corpus. */
    static Path corpus() {
        return Path.of(System.getProperty("hrc.root", "..")).resolve("corpus");
    }

    /** Copies the files of a folder (not its subfolders) into another, created if needed. */
    static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    static Path shared() {
        return Path.of(System.getProperty("hrc.shared", "../../shared"));
    }
}
