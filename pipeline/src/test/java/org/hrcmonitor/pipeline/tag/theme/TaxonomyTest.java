package org.hrcmonitor.pipeline.tag.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    @Test
    void hasExactlyTheAgreedIds() {
        assertEquals(List.of("freedom-of-expression", "freedom-of-religion", "sogi", "womens-rights", "srhr",
                        "human-rights-defenders", "civic-space", "accountability", "death-penalty", "torture",
                        "right-to-life", "arbitrary-detention", "justice-rule-of-law", "humanitarian-law",
                        "climate-environment", "business-human-rights", "esc-rights", "children", "discrimination",
                        "migrants-refugees", "trafficking", "indigenous-peoples", "disabilities", "privacy-digital",
                        "counter-terrorism", "participation-elections", "development", "hrc-institution",
                        "un-mechanisms", "national-institutions", "human-rights-education"),
                TAXONOMY.themes().stream().map(Theme::id).toList());
    }

    @Test
    void everyThemeHasBothLabelsADescriptionAndTermsInBothLanguages() {
        for (Theme theme : TAXONOMY.themes()) {
            assertFalse(theme.labelEn().isBlank(), theme.id());
            assertFalse(theme.labelNl().isBlank(), theme.id());
            assertFalse(theme.description().isBlank(), theme.id());
            assertFalse(theme.termsEn().isEmpty(), theme.id());
            assertFalse(theme.termsNl().isEmpty(), theme.id());
        }
    }

    @Test
    void termsOfGivesBothLanguagesForQueryExpansion() {
        List<String> terms = TAXONOMY.termsOf("death-penalty");
        assertTrue(terms.containsAll(List.of("death penalty", "capital punishment", "doodstraf", "executie")), terms.toString());
        assertEquals(terms.size(), terms.stream().distinct().count());
    }

    @Test
    void byIdNamesAnUnknownId() {
        assertEquals("Doodstraf", TAXONOMY.byId("death-penalty").labelNl());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TAXONOMY.byId("peace"));
        assertEquals("Unknown theme id: peace", e.getMessage());
    }

    @Test
    void anInstrumentWithAnUnknownThemeIsRejected() {
        String yaml = "themes: []\ninstruments:\n  - theme: nope\n    names: [x]\n";
        assertEquals("Instrument with unknown theme: nope", rejection(yaml));
    }

    @Test
    void aBodyWithAnUnknownThemeIsRejected() {
        String yaml = "themes: []\nbodies:\n  - theme: nope\n    names: [Raad]\n";
        assertTrue(rejection(yaml).startsWith("Body with unknown theme"), rejection(yaml));
    }

    @Test
    void aGenericContextTermMustBeATerm() {
        String yaml = "themes: []\ncontext:\n  generic:\n    nl: [kind]\n";
        assertTrue(rejection(yaml).startsWith("Generic context term"), rejection(yaml));
    }

    @Test
    void contextWordsOfAnUnknownThemeAreRejected() {
        String yaml = "themes: []\ncontext:\n  byTheme:\n    nl:\n      nope: [ouders]\n";
        assertTrue(rejection(yaml).startsWith("Context words for an unknown theme"), rejection(yaml));
    }

    @Test
    void aTimeTermMustBeATerm() {
        String yaml = "themes: []\ntimes:\n  terms: [verkiezing]\n";
        assertTrue(rejection(yaml).startsWith("Time term"), rejection(yaml));
    }

    @Test
    void aCorroboratedTermMustBeATermOfItsTheme() {
        String theme = "themes:\n  - {id: t, en: T, nl: T, description: d, terms: {en: [court], nl: [parket]}}\n";
        assertTrue(rejection(theme + "corroborated:\n  - {theme: t, terms: [opsporing]}\n")
                .startsWith("Corroborated entry"));
        assertTrue(rejection(theme + "corroborated:\n  - {theme: u, terms: [parket]}\n")
                .startsWith("Corroborated entry"));
    }

    /** The message a malformed taxonomy is rejected with. */
    private static String rejection(String yaml) {
        return assertThrows(IllegalArgumentException.class,
                () -> Taxonomy.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))).getMessage();
    }
}
