package org.hrcmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrcmonitor.cli.FlakyEndpoint.Answer;
import org.hrcmonitor.cli.watch.Delivery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hrc watch against a real local HTTP server that fails, answers too late and recovers: every match of every saved
 * query arrives, once by idempotency key; a re-run sends nothing already accepted; new documents are delivered once.
 */
class WatchCommandTest {
    private static final Path QUERIES = Path.of(System.getProperty("hrc.root", "..")).resolve("examples/queries.yaml");
    /**
     * Short backoff keeps the test fast; the timeout leaves room for a loaded machine, and a slow answer comes well
     * after it.
     */
    private static final String[] FAST = {"--timeout", "2s", "--backoff", "5ms"};

    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void ingest() throws Exception {
        index = dir.resolve("index");
        Path files = dir.resolve("files");
        Cli.copyFiles(Cli.corpus().resolve("letters"), files);
        Cli.copyFiles(Cli.corpus().resolve("other"), files);
        Cli.Result r = Cli.run("ingest", files.toString(), "--index", index.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aFlakyEndpointGetsEveryMatchOnceByKey() throws Exception {
        try (FlakyEndpoint hook = new FlakyEndpoint(6000)) {
            hook.script(Answer.FAIL, Answer.FAIL, Answer.SLOW, Answer.OK, Answer.FAIL);
            Path out = dir.resolve("flaky.jsonl");
            Cli.Result r = watch(index, "--webhook", hook.url().toString(), "--out", out.toString(), "--retries", "4");
            assertEquals(0, r.exit(), r.err());
            Set<String> expected = expectedKeys(index);
            assertTrue(expected.size() >= 5, expected.toString());
            assertEquals(expected, accepted(hook));
            hook.received().forEach(x -> assertEquals(x.header(), x.key()));
            assertOnlyRefusedOnesCameTwice(hook);
            List<String> lines = Files.readAllLines(out);
            assertEquals(expected, lines.stream().map(WatchCommandTest::keyOf).collect(Collectors.toSet()));
            assertEquals(expected.size(), lines.size());

            int requests = hook.received().size();
            assertEquals(0, watch(index, "--webhook", hook.url().toString(), "--out", out.toString()).exit());
            assertEquals(requests, hook.received().size());
            assertEquals(expected.size(), Files.readAllLines(out).size());
        }
    }

    @Test
    void aDeadEndpointLosesNothingAndARerunResumesWithoutRepeats() throws Exception {
        try (FlakyEndpoint hook = new FlakyEndpoint(6000)) {
            hook.down = true;
            Cli.Result dead = watch(index, "--webhook", hook.url().toString(), "--retries", "2");
            assertEquals(1, dead.exit(), dead.err());
            assertTrue(dead.err().contains("gave up on"), dead.err());
            assertEquals(3, hook.received().size()); // one delivery, tried three times, then the run stops
            assertTrue(accepted(hook).isEmpty());

            hook.down = false;
            hook.script(Answer.OK, Answer.OK, Answer.OK, Answer.FAIL, Answer.FAIL, Answer.FAIL);
            Cli.Result partly = watch(index, "--webhook", hook.url().toString(), "--retries", "2");
            assertEquals(1, partly.exit(), partly.err());
            assertEquals(3, accepted(hook).size());

            Cli.Result recovered = watch(index, "--webhook", hook.url().toString(), "--retries", "2");
            assertEquals(0, recovered.exit(), recovered.err());
            assertEquals(expectedKeys(index), accepted(hook));
            Map<String, Integer> acceptedTimes = new HashMap<>();
            hook.received().stream().filter(x -> x.status() == 200).forEach(x -> acceptedTimes.merge(x.key(), 1, Integer::sum));
            assertTrue(acceptedTimes.values().stream().allMatch(n -> n == 1), acceptedTimes.toString());
            String log = Files.readString(index.resolve("watch/deliveries.jsonl"));
            assertTrue(log.contains("\"outcome\":\"failed\"") && log.contains("\"outcome\":\"delivered\""));
        }
    }

    @Test
    void newDocumentsAreDeliveredOnceAndFromNowSkipsTheBacklog() throws Exception {
        Path own = dir.resolve("growing");
        Path files = dir.resolve("growing-files");
        Cli.copyFiles(Cli.corpus().resolve("letters"), files);
        assertEquals(0, Cli.run("ingest", files.toString(), "--index", own.toString()).exit());
        Path all = dir.resolve("all.jsonl");
        Path fresh = dir.resolve("fresh.jsonl");
        assertEquals(0, watch(own, "--out", all.toString()).exit());
        assertEquals(0, watch(own, "--out", fresh.toString(), "--from-now").exit());
        Set<String> before = expectedKeys(own);
        assertEquals(before.size(), Files.readAllLines(all).size());
        assertTrue(Files.notExists(fresh));

        Cli.copyFiles(Cli.corpus().resolve("resolutions"), files.resolve("resolutions"));
        assertEquals(0, Cli.run("ingest", files.toString(), "--index", own.toString()).exit());
        assertEquals(0, watch(own, "--out", all.toString()).exit());
        assertEquals(0, watch(own, "--out", fresh.toString()).exit());
        Set<String> now = expectedKeys(own);
        List<String> lines = Files.readAllLines(all);
        assertEquals(now, lines.stream().map(WatchCommandTest::keyOf).collect(Collectors.toSet()));
        assertEquals(now.size(), lines.size());
        Set<String> added = new HashSet<>(now);
        added.removeAll(before);
        assertTrue(!added.isEmpty());
        assertEquals(added, Files.readAllLines(fresh).stream().map(WatchCommandTest::keyOf).collect(Collectors.toSet()));
    }

    @Test
    void withoutATargetItIsAUsageError() {
        assertEquals(2, watch(index).exit());
        assertEquals(2, watch(index, "--webhook", "ftp://example.org/x").exit());
    }

    private static Cli.Result watch(Path idx, String... args) {
        List<String> all = new ArrayList<>(List.of("watch", "--index", idx.toString(), "--queries", QUERIES.toString()));
        all.addAll(List.of(FAST));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    /** The key of every match of every saved query, from hrc export. */
    private static Set<String> expectedKeys(Path idx) throws Exception {
        Set<String> keys = new HashSet<>();
        for (String name : List.of("Press freedom", "Yemen accountability", "China", "Death penalty in resolutions")) {
            Cli.Result r = Cli.run("export", "--index", idx.toString(), "--queries", QUERIES.toString(), "--saved", name);
            for (JsonNode record : ExportRecordSchema.validLines(r.out())) {
                keys.add(Delivery.keyOf(name, record.get("id").asText()));
            }
        }
        return keys;
    }

    private static Set<String> accepted(FlakyEndpoint hook) {
        return hook.received().stream().filter(x -> x.status() == 200).map(FlakyEndpoint.Received::key)
                .collect(Collectors.toSet());
    }

    /** A key came more than once only after a refusal or an answer that came too late. */
    private static void assertOnlyRefusedOnesCameTwice(FlakyEndpoint hook) {
        Map<String, List<FlakyEndpoint.Received>> byKey = hook.received().stream()
                .collect(Collectors.groupingBy(FlakyEndpoint.Received::key));
        byKey.forEach((key, tries) -> {
            for (int i = 0; i < tries.size() - 1; i++) {
                assertTrue(tries.get(i).status() != 200 || tries.get(i).late(), key + " " + tries);
            }
            assertEquals(200, tries.get(tries.size() - 1).status());
        });
        assertTrue(byKey.values().stream().anyMatch(t -> t.stream().anyMatch(FlakyEndpoint.Received::late)));
    }

    private static String keyOf(String line) {
        try {
            return org.hrcmonitor.cli.output.Json.mapper().readTree(line).get("key").asText();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
