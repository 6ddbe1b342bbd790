package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hrc bench}, run tiny on the sample corpus: every figure is there and plausible. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void searchBuildsACopiedIndexOnceAndReusesIt() {
        Path index = dir.resolve("bench-index");
        String[] args = {"bench", "search", Cli.corpus().toString(), "--docs", "60", "--rounds", "2", "--warmup", "1",
                "--cold-runs", "1", "--index", index.toString(), "--format", "json"};
        Cli.Result built = Cli.run(args);
        assertEquals(0, built.exit(), built.out() + built.err());
        JsonNode first = built.json();
        assertEquals(60, first.get("documents").asInt(), "ten files copied six times");
        assertTrue(first.get("buildSeconds").asDouble() > 0);
        assertEquals(40, first.get("searches").asInt(), "two rounds of the twenty searches of the mix");
        assertTrue(first.get("p50Millis").asDouble() > 0);
        assertTrue(first.get("p50Millis").asDouble() <= first.get("p95Millis").asDouble());
        assertTrue(first.get("p95Millis").asDouble() <= first.get("p99Millis").asDouble());
        assertTrue(first.get("queriesPerSecond").asDouble() > 0);
        assertTrue(first.get("coldSeconds").asDouble() > 0, "a real process takes time to start");
        assertEquals(20, first.get("warmupSearches").asInt(), "one warm-up round, timed apart");
        assertTrue(first.get("warmupP50Millis").asDouble() > 0);
        assertTrue(first.get("warmupP50Millis").asDouble() <= first.get("warmupP99Millis").asDouble());

        Cli.Result reused = Cli.run(args);
        assertEquals(0, reused.exit(), reused.out() + reused.err());
        assertEquals(0.0, reused.json().get("buildSeconds").asDouble(), "the index was there: not built again");
        assertEquals(60, reused.json().get("documents").asInt());
    }

    @Test
    void searchWithoutCorpusOrIndexIsAUsageError() {
        Cli.Result r = Cli.run("bench", "search", "--index", dir.resolve("none").toString(), "--docs", "5");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("give PATH"), r.err());
    }

    @Test
    void ingestReportsHeapAndTheSpeedUpOfItsThreads() {
        Cli.Result r = Cli.run("bench", "ingest", Cli.corpus().toString(), "--runs", "1", "--warmup", "0",
                "--threads", "2", "--speedup", "--format", "json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode json = r.json();
        assertTrue(json.get("speedup").asDouble() > 0, json.toString());
        assertEquals(1, json.get("baselineRuns").size(), "one measured run, listed");
        assertEquals(json.get("ingestSeconds").asDouble(), json.get("ingestRuns").get(0).asDouble(), 1e-9,
                "the median of one run is that run");
        assertTrue(json.get("peakHeapMegabytes").asDouble() > 0, json.toString());
        assertTrue(json.get("peakLiveHeapMegabytes").asDouble() <= json.get("peakHeapMegabytes").asDouble(),
                json.toString());
        // the sample corpus has countries and themes to tag and commitments to find: each stage took time
        for (String stage : new String[] {"extract", "clean", "annotate", "tag", "commitments", "index"}) {
            assertTrue(json.get("stageSeconds").get(stage).asDouble() > 0, stage + ": " + json);
        }
        double others = 0;
        for (var e : json.get("stageSeconds").properties()) {
            others += e.getKey().equals("tag") ? 0 : e.getValue().asDouble();
        }
        assertEquals(json.get("stageSeconds").get("tag").asDouble() / others, json.get("taggingShare").asDouble(), 1e-9);
    }
}
