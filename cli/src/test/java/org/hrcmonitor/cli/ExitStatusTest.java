package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors name what went wrong on stderr and exit non-zero; results stay on stdout. */
class ExitStatusTest {
    @TempDir
    Path dir;

    @Test
    void searchingWithoutAnIndexSaysHowToMakeOne() {
        Cli.Result r = Cli.run("search", "x", "--index", dir.resolve("none").toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("hrc ingest"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBadQueryIsAUsageError() throws Exception {
        Cli.run("ingest", Cli.corpus().resolve("other").toString(), "--index", dir.toString());
        Cli.Result r = Cli.run("search", "\"unclosed", "--index", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("hrc: cannot parse query"), r.err());
    }

    @Test
    void anUnknownKindIsRejectedWithTheChoices() {
        Cli.Result r = Cli.run("search", "x", "--kind", "memo", "--index", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("letter, resolution, session-record or other"), r.err());
    }

    @Test
    void aFailedFileIsNamedWithItsReasonAndTheRestIsIndexed() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("good.txt"), "De Mensenrechtenraad vergadert in Genève over persvrijheid.");
        Files.write(input.resolve("empty.pdf"), new byte[0]);
        Cli.Result r = Cli.run("ingest", input.toString(), "--index", dir.resolve("idx").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("failed: " + input.resolve("empty.pdf") + ": empty file"), r.out());
        Cli.Result found = Cli.run("search", "persvrijheid", "--index", dir.resolve("idx").toString(), "--format", "json");
        assertEquals(1, found.json().get("total").asInt());
    }

    @Test
    void aFormatTheCommandCannotWriteIsAUsageError() {
        Cli.Result r = Cli.run("stats", "--format", "csv", "--index", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("stats supports --format text, json"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : java.util.List.of("ingest", "search", "show", "stats", "tag", "demo")) {
            Cli.Result r = Cli.run(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().startsWith("Usage: hrc " + command), r.out());
        }
        assertEquals(0, Cli.run("eval", "tagging", "--help").exit());
    }

    @Test
    void aMissingPathIsReported() {
        Cli.Result r = Cli.run("ingest", dir.resolve("nope").toString(), "--index", dir.resolve("idx").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("not found: " + dir.resolve("nope")), r.out());
    }
}
