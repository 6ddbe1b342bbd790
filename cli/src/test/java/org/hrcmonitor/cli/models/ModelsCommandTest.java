package org.hrcmonitor.cli.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ModelsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new ModelsCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    private static String shared() {
        return Path.of(System.getProperty("hrc.shared")).toString();
    }

    @Test
    void evalPrintsOneJsonRecordPerModelOnStdout() throws Exception {
        assertEquals(0, run("eval", "--format", "json", "--data", shared() + "/nlp-data"), err.toString());
        JsonNode results = new ObjectMapper().readTree(out.toString());
        assertEquals(9, results.size(), out.toString());
        JsonNode first = results.get(0);
        assertEquals("NL", first.get("language").asText());
        assertEquals("sentence", first.get("model").asText());
        assertEquals("nl_alpino-ud-test.conllu", first.get("testData").asText());
    }

    @Test
    void evalTextIsATableWithAHeader() {
        assertEquals(0, run("eval", "--data", shared() + "/nlp-data"));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("language  model"), lines[0]);
        assertEquals(10, lines.length, out.toString());
    }

    @Test
    void benchPrintsEveryStageOfBothLanguages() {
        assertEquals(0, run("bench", "--runs", "1", "--min-tokens", "100",
                "--nl-text", shared() + "/seed/000_179d281dde228d13.txt",
                "--en-text", shared() + "/corpus/session-records/netherlands2012.txt"), err.toString());
        assertEquals(1 + 4 + 3, out.toString().split("\n").length, out.toString());
    }

    @Test
    void missingDataIsReportedOnStderrWithExitCode1() {
        assertEquals(1, run("eval", "--data", "/nonexistent"));
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("models eval: "), err.toString());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run());
        assertEquals(2, run("bench", "--runs", "0"));
        assertTrue(err.toString().contains("--runs and --min-tokens must be at least 1"), err.toString());
    }
}
