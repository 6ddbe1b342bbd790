package org.hrcmonitor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** An index that is made fresh and removed with everything in it: a benchmark's, or the demo's before each run. */
public final class ThrowAwayIndex {
    private ThrowAwayIndex() {}

    public static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
