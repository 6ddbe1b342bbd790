package org.hrcmonitor.index.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hrcmonitor.index.IndexedCommitment;
import org.junit.jupiter.api.Test;

class CuesTest {
    private static IndexedCommitment commitment(String lang, String actor, String sentence, List<String> partners,
                                                List<String> countries, List<String> themes) {
        return new IndexedCommitment("c", "0123456789abcdef", null, lang, 0, sentence.length(), sentence, actor, "",
                partners, null, List.of(), countries, themes);
    }

    private static List<String> values(List<Cue> cues, Cue.Kind kind) {
        return cues.stream().filter(c -> c.kind() == kind).map(Cue::value).toList();
    }

    @Test
    void aDutchCommitmentIsTheNetherlandsWithPartnersThemesAndKeyTermsInBothLanguages() {
        List<Cue> cues = Cues.of(commitment("nl", "het Koninkrijk", "Samen met Canada zal het Koninkrijk in "
                + "EU-verband de resolutie voor de mandaatverlenging trekken.", List.of("CA", "EU"), List.of("CA"),
                List.of("freedom-of-expression")));
        assertEquals(List.of("NL"), values(cues, Cue.Kind.AUTHOR));
        assertEquals(List.of("CA", "EU"), values(cues, Cue.Kind.PARTNER));
        assertEquals(List.of(), values(cues, Cue.Kind.COUNTRY), "a partner is not counted twice");
        assertEquals(List.of("freedom-of-expression"), values(cues, Cue.Kind.THEME));
        assertEquals(List.of("resolutie", "mandaatverlenging", "trekken"), values(cues, Cue.Kind.TERM),
                "promise words, actor and partners are no key terms");
        Cue resolution = cues.stream().filter(c -> c.value().equals("resolutie")).findFirst().orElseThrow();
        assertTrue(resolution.phrases().get("en").contains("draft resolution"), resolution.toString());
        Cue eu = cues.stream().filter(c -> c.value().equals("EU")).findFirst().orElseThrow();
        assertTrue(eu.phrases().get("en").contains("European Union"), eu.toString());
        Cue author = cues.get(0);
        assertTrue(author.phrases().get("en").contains("Netherlands") && author.phrases().get("nl")
                .contains("het Koninkrijk"), author.toString());
    }

    @Test
    void theAuthorIsTheCountryTheActorNamesAndUnknownForAnEnglishGovernment() {
        assertEquals("CA", Cues.authorOf(commitment("en", "Canada", "Canada will host a conference.", List.of(),
                List.of(), List.of())));
        assertNull(Cues.authorOf(commitment("en", "the Government", "The Government will host a conference.",
                List.of(), List.of(), List.of())));
        List<Cue> cues = Cues.of(commitment("en", "we", "We will host a conference in Geneva.", List.of(), List.of(),
                List.of()));
        assertEquals(List.of("conference", "host", "Geneva"), values(cues, Cue.Kind.TERM));
        assertEquals(Map.of("nl", List.of("Genève"), "en", List.of("Geneva")), cues.get(2).phrases());
    }
}
