package org.hrcmonitor.pipeline.tag.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final Map<String, GazetteerName> BY_TEXT = GAZETTEER.names().stream()
            .collect(Collectors.toMap(GazetteerName::text, n -> n, (first, second) -> first));

    @Test
    void displayNamesInBothLanguages() {
        assertEquals("Netherlands", GAZETTEER.name("NL", "en"));
        assertEquals("Nederland", GAZETTEER.name("NL", "nl"));
        assertEquals("Saoedi-Arabië", GAZETTEER.name("SA", "nl"));
        assertEquals("Kosovo", GAZETTEER.name("XK", "other"));
    }

    @Test
    void everyIsoCodeHasANameInEachLanguage() {
        for (String language : Gazetteer.LANGUAGES) {
            Set<String> codes = GAZETTEER.names().stream().filter(n -> n.language().equals(language))
                    .map(GazetteerName::code).collect(Collectors.toSet());
            assertTrue(codes.containsAll(Set.of(java.util.Locale.getISOCountries())), language);
        }
        assertTrue(GAZETTEER.size("en") > 400, () -> "en " + GAZETTEER.size("en"));
        assertTrue(GAZETTEER.size("nl") > 350, () -> "nl " + GAZETTEER.size("nl"));
    }

    @Test
    void handWrittenNamesWinOverGeneratedOnes() {
        assertEquals(new GazetteerName("Congo", "CG", "en", GazetteerName.Form.NAME), BY_TEXT.get("Congo"));
        assertEquals("PS", BY_TEXT.get("Palestijnse gebieden").code());
    }

    @Test
    void demonymsByRuleAndByList() {
        assertEquals(List.of("SY", "SY", "SY", "SA", "CN", "CN"),
                List.of("Syrian", "Syrisch", "Syrische", "Saoedische", "Chinees", "Chinese").stream()
                        .map(t -> BY_TEXT.get(t).code()).toList());
        assertEquals("Chinese", Demonyms.inflected("Chinees"));
        assertEquals("Iraanse", Demonyms.inflected("Iraans"));
        assertEquals("Russische", Demonyms.inflected("Russisch"));
    }

    @Test
    void localeNamesInTheFormsTextUses() {
        assertEquals(Set.of("Myanmar", "Burma"), LocaleNames.forms("Myanmar (Burma)"));
        assertEquals(Set.of("St. Kitts & Nevis", "St. Kitts and Nevis", "Saint Kitts & Nevis"),
                LocaleNames.forms("St. Kitts & Nevis"));
        assertEquals(Set.of("Côte d’Ivoire", "Côte d'Ivoire"), LocaleNames.forms("Côte d’Ivoire"));
        assertEquals(Set.of("Hong Kong"), LocaleNames.forms("Hong Kong SAR China"));
        assertEquals(Set.of(), LocaleNames.forms("Congo - Kinshasa"));
    }
}
