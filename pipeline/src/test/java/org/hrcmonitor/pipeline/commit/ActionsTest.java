package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionsTest {
    private static String action(String text, boolean dutch, int... skipped) {
        List<String> words = List.of(text.split(" "));
        Clauses.Clause clause = Clauses.find(ClausesTest.words(text), dutch).orElseThrow();
        boolean[] skip = new boolean[words.size()];
        for (int i : skipped) {
            skip[i] = true;
        }
        return Actions.of(words, clause, skip);
    }

    @Test
    void authorAuxiliariesAndFunctionWordsGo() {
        assertEquals("Mensenrechtenraad resolutie mandaatverlenging VN-expert vrijheid meningsuiting trekken",
                action("Samen met Canada zal het Koninkrijk in de Mensenrechtenraad de resolutie voor de "
                        + "mandaatverlenging van de VN-expert voor vrijheid van meningsuiting trekken .", true, 2));
        assertEquals("co-sponsor resolution safety journalists",
                action("The Netherlands will co-sponsor the resolution on the safety of journalists .", false));
    }

    @Test
    void separableVerbsAreNamedWholeAndAsidesSkipped() {
        assertEquals("inzetten sterk lidmaatschap",
                action("In die context zet het Koninkrijk – voortbouwend op onze rol – in op een ( wederom ) sterk "
                        + "lidmaatschap .", true));
    }

    @Test
    void aSeparableVerbsParticleIsNotRepeated() {
        assertEquals("sterk maken persvrijheid", action("Nederland maakt zich sterk voor persvrijheid .", true));
        assertEquals("toezeggen Kamer brief zomer", action("Ik zeg de Kamer een brief voor de zomer toe .", true));
    }

    @Test
    void negationStaysAndLengthIsCapped() {
        assertEquals("not support draft text current form",
                action("We will not support the draft text in its current form .", false));
        assertEquals(Actions.MAX_WORDS, action("Het kabinet zal pleiten voor een hoger budget , bredere donorbasis , "
                + "meer vrijwillige bijdragen , betere rapportage en grotere transparantie .", true).split(" ").length);
    }
}
