package org.hrcmonitor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that reads or writes the index. */
public final class IndexOption {
    static final String ENV = "HRC_INDEX";

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index folder (default: $HRC_INDEX, else ~/.hrc/index).")
    private Path index;

    public Path dir() {
        if (index != null) {
            return index;
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".hrc", "index");
    }

    void set(Path dir) {
        this.index = dir;
    }
}
