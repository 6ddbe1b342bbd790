package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick start on the bundled corpus: it ingests everything, searches, and shows follow-up and a report. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoRunsEveryStepOnTheSampleCorpus() {
        Path corpus = Path.of(System.getProperty("hrc.root", "..")).resolve("corpus");
        Cli.Result r = Cli.run("demo", "--corpus", corpus.toString(), "--index", dir.resolve("idx").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("failed     0"), r.out());
        assertEquals(DemoCommand.SEARCHES.size(), count(r.out(), "^== hrc search "), r.out());
        // the press-freedom commitment of the February 2021 debate finds its passage in the March 2021 letter
        assertTrue(Pattern.compile("(?m)^c-\\w{12} +2021-02-18 +evidence-found ").matcher(r.out()).find(), r.out());
        for (String week : List.of("2021-W06", "2021-W07", "2021-W08", "2021-W09")) {
            assertTrue(Pattern.compile("(?m)^" + week + " ").matcher(r.out()).find(), week + "\n" + r.out());
        }
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex, Pattern.MULTILINE).matcher(text).results().count();
    }
}
