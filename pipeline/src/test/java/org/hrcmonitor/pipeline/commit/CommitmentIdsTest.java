package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentIdsTest {
    private static final LocalDate DATE = LocalDate.of(2020, 2, 14);

    @Test
    void typeableAndStable() {
        String id = CommitmentIds.of("Het Koninkrijk zal twee conferenties organiseren.", DATE);
        assertTrue(id.matches("c-[0-9a-f]{12}"), id);
        assertEquals(id, CommitmentIds.of("het  Koninkrijk zal twee\nconferenties organiseren.", DATE));
    }

    @Test
    void theSamePromiseInALaterLetterIsANewCommitment() {
        String sentence = "We will raise the situation in Yemen.";
        assertNotEquals(CommitmentIds.of(sentence, DATE), CommitmentIds.of(sentence, DATE.plusYears(1)));
        assertNotEquals(CommitmentIds.of(sentence, DATE), CommitmentIds.of(sentence, null));
    }
}
