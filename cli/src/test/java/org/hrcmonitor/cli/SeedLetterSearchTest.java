package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Dutch cabinet letter (extracted from a PDF, words hyphenated over line ends) is found by whole words,
 * phrases and inflected forms.
 */
class SeedLetterSearchTest {
    @TempDir
    static Path index;
    static final Path SEED = Cli.shared().resolve("seed");

    @BeforeAll
    static void ingest() {
        assumeTrue(Files.isDirectory(SEED), "needs ../shared/seed");
        Cli.Result r = Cli.run("ingest", SEED.toString(), "--index", index.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mensenrechtenraad", "\"Saoedi-Arabië\"", "mensenrechtenschending", "mensenrechtenverdediger",
            "journalist", "\"VN-Mensenrechtenraad\"", "kind:letter", "lang:nl"})
    void findsTheLetter(String query) {
        JsonNode result = Cli.run("search", query, "--index", index.toString(), "--from", "2020-02-14",
                "--to", "2020-02-14", "--format", "json").json();
        assertEquals(1, result.get("total").asInt(), query + " → " + result);
        assertTrue(result.get("hits").get(0).get("path").asText().endsWith("000_179d281dde228d13.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mensenrech", "\"Mensenrech tenraad\"", "\"Arabië Saoedi\""})
    void findsNothingForBrokenForms(String query) {
        JsonNode result = Cli.run("search", query, "--index", index.toString(), "--format", "json").json();
        assertEquals(0, result.get("total").asInt(), query + " → " + result);
    }
}
