package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    private static List<String> dutch(String sentence) {
        return Quantities.in(sentence, 0, 0, false);
    }

    private static List<String> english(String sentence) {
        return Quantities.in(sentence, 0, 0, true);
    }

    @Test
    void countsWithWhatTheyCount() {
        assertEquals(List.of("twee conferenties"), dutch("Het Koninkrijk zal twee conferenties in Genève organiseren."));
        assertEquals(List.of("ten minste drie landen"), dutch("Het Koninkrijk zal ten minste drie landen uitnodigen."));
        assertEquals(List.of("twee rapporteurs"), dutch("Nederland zal twee rapporteurs steunen."));
        assertEquals(List.of("at least three countries"), english("We will support at least three countries."));
        assertEquals(List.of("two side events"), english("We will host two side events in Geneva."));
    }

    @Test
    void sumsOfMoney() {
        assertEquals(List.of("at least EUR 2 million"), english("The Kingdom pledges to contribute at least EUR 2 million."));
        assertEquals(List.of("200.000 euro"), dutch("Nederland steunt het werk met een bijdrage van 200.000 euro per jaar."));
    }

    @Test
    void yearsDatesAndTheTimeFrameAreNoAmounts() {
        assertEquals(List.of(), dutch("Het Koninkrijk zal in 2020 en in april 2021 bijdragen."));
        assertEquals(List.of(), dutch("Tijdens de 46e zitting zal het kabinet spreken over 3 maart."));
        String sentence = "Het kabinet wil de komende drie jaar twee rapporteurs steunen.";
        int from = sentence.indexOf("de komende");
        assertEquals(List.of("twee rapporteurs"),
                Quantities.in(sentence, from, from + "de komende drie jaar".length(), false));
    }
}
