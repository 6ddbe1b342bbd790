package org.hrcmonitor.index.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgementsTest {
    @TempDir
    Path index;

    private static final Instant T = Instant.parse("2021-06-01T10:00:00Z");

    @Test
    void judgementsSurviveReopeningAndTheLastOneWins() throws Exception {
        Judgements j = Judgements.in(index);
        j.record(new Judgement("c1", "0123456789abcdef@10", Judgement.CONFIRMED, "the L.2 paragraph", T));
        j.record(new Judgement("c1", "0123456789abcdef@99", Judgement.REJECTED, null, T));
        j.record(new Judgement("c1", "0123456789abcdef@10", Judgement.REJECTED, "wrong resolution", T.plusSeconds(60)));
        j.record(new Judgement("c2", "0123456789abcdef@10", Judgement.CONFIRMED, null, T));

        Map<String, Judgement> c1 = Judgements.in(index).of("c1");
        assertEquals(List.of("0123456789abcdef@10", "0123456789abcdef@99"), List.copyOf(c1.keySet()));
        assertEquals(new Judgement("c1", "0123456789abcdef@10", Judgement.REJECTED, "wrong resolution",
                T.plusSeconds(60)), c1.get("0123456789abcdef@10"));
        assertEquals(1, Judgements.in(index).of("c2").size());
        assertEquals(Map.of(), Judgements.in(index).of("c3"));
        assertTrue(Files.exists(index.resolve("followup/judgements.jsonl")));
    }

    @Test
    void anUnreadableLineIsSkippedAndNamed() throws Exception {
        Judgements.in(index).record(new Judgement("c1", "0123456789abcdef@10", Judgement.CONFIRMED, null, T));
        Files.writeString(index.resolve("followup/judgements.jsonl"), "{\"commitment\": \"c1\", \"evid\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Judgements j = Judgements.in(index);
        assertEquals(1, j.of("c1").size());
        assertEquals(1, j.unreadable().size());
        assertTrue(j.unreadable().get(0).contains("judgements.jsonl:2"), j.unreadable().toString());
    }

    @Test
    void aVerdictIsConfirmedOrRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Judgement("c1", "e", "maybe", null, T));
    }
}
