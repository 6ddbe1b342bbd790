package org.hrcmonitor.pipeline.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads real documents from the shared folder, skipping the test when it is not there (never copied in). */
final class SharedFiles {
    static final String LETTER = "seed/000_179d281dde228d13.txt";

    private SharedFiles() {
    }

    static String read(String relative, Charset charset) throws IOException {
        String shared = System.getProperty("hrc.shared");
        assumeTrue(shared != null, "system property hrc.shared is not set");
        Path file = Path.of(shared, relative);
        assumeTrue(Files.isRegularFile(file), () -> "missing shared file " + file);
        return Files.readString(file, charset);
    }
}
