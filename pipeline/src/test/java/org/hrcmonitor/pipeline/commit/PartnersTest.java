package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Span;
import org.junit.jupiter.api.Test;

class PartnersTest {
    /** Mentions of the given names, placed where they stand in the sentence (which starts at offset 100). */
    private static List<String> partners(String sentence, String... namesAndCodes) {
        List<CountryMention> mentions = new ArrayList<>();
        for (int i = 0; i < namesAndCodes.length; i += 2) {
            int at = sentence.indexOf(namesAndCodes[i]);
            mentions.add(new CountryMention(new Span(100 + at, 100 + at + namesAndCodes[i].length()), namesAndCodes[i + 1]));
        }
        mentions.sort((a, b) -> a.span().start() - b.span().start());
        return Partners.in(sentence, 100, mentions);
    }

    @Test
    void aListAfterMetIsThePartners() {
        assertEquals(List.of("BE", "CA", "IE", "LU"), partners(
                "Het Koninkrijk trekt hierbij op als core group met België, Canada, Ierland en Luxemburg voor het mandaat.",
                "België", "BE", "Canada", "CA", "Ierland", "IE", "Luxemburg", "LU"));
        assertEquals(List.of("CA"), partners("Samen met Canada zal het Koninkrijk de resolutie trekken.", "Canada", "CA"));
        assertEquals(List.of("BE", "LU"), partners("We intend to present a statement together with Belgium and Luxembourg.",
                "Belgium", "BE", "Luxembourg", "LU"));
    }

    @Test
    void theListEndsAtTheFirstOtherWordAndTheAuthorIsNoPartner() {
        assertEquals(List.of("CA"), partners("Nederland zal met Canada over Syrië spreken.",
                "Nederland", "NL", "Canada", "CA", "Syrië", "SY"));
        assertEquals(List.of(), partners("Nederland spreekt Saoedi-Arabië en Iran aan.",
                "Nederland", "NL", "Saoedi-Arabië", "SA", "Iran", "IR"));
    }

    @Test
    void groups() {
        assertEquals(List.of("EU"), partners("Het Koninkrijk zal bij voorkeur in EU-verband participeren."));
        assertEquals(List.of("like-minded states"), partners("We zetten met gelijkgestemde landen in op persvrijheid."));
        assertEquals(List.of("Benelux"), partners("Samen met de Benelux-partners geeft het Koninkrijk verklaringen af."));
    }
}
