package org.hrcmonitor.models;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only shared data next to the checkout, as the parent pom's Surefire config passes it. */
public final class SharedData {

    private SharedData() {
    }

    /** shared/ itself; tests that need it fail loudly if the property is set but the folder is absent. */
    public static Path root() {
        String property = System.getProperty("hrc.shared");
        assumeTrue(property != null, "hrc.shared is not set (run through Maven)");
        Path root = Path.of(property);
        if (!Files.isDirectory(root.resolve("nlp-data"))) {
            throw new IllegalStateException("No nlp-data under hrc.shared=" + root);
        }
        return root;
    }

    public static Path nlpData() {
        return root().resolve("nlp-data");
    }
}
