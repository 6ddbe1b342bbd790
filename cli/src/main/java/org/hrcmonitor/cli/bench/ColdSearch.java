package org.hrcmonitor.cli.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hrcmonitor.cli.Hrc;

/**
 * The wall time of a fresh {@code hrc search} process, JVM start and index opening included: what a person waits for
 * at the terminal. It runs the launcher ({@code ./hrc}, with the JVM options it chooses) when this process was started
 * by one, else the jar this command was started from, or this class path when there is no jar (in the tests).
 */
final class ColdSearch {
    private ColdSearch() {}

    /** Seconds per run of {@code hrc search QUERY --facets --index DIR}, each in a new process. */
    static double[] seconds(Path index, String query, int runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(hrcCommand());
        command.addAll(List.of("search", query, "--facets", "--index", index.toString()));
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IOException("hrc search exited with " + exit + ": " + String.join(" ", command));
            }
        }
        return seconds;
    }

    private static List<String> hrcCommand() throws IOException {
        String home = System.getProperty("hrc.home");
        if (home != null && Files.isExecutable(Path.of(home, "hrc"))) {
            return List.of(Path.of(home, "hrc").toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path code;
        try {
            code = Path.of(Hrc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the hrc classes", e);
        }
        if (!code.toString().endsWith(".jar")) {
            return List.of(java, "-cp", System.getProperty("java.class.path"), Hrc.class.getName());
        }
        Path archive = code.resolveSibling("hrc.jsa");
        return Files.isRegularFile(archive)
                ? List.of(java, "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr", "-XX:SharedArchiveFile=" + archive,
                        "-jar", code.toString())
                : List.of(java, "-jar", code.toString());
    }
}
