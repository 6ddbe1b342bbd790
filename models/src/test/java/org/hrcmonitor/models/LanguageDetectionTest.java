package org.hrcmonitor.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    /**
     * The shortcut may only ever save the detector's time, never change its answer: on every long paragraph of real
     * Dutch and English documents that it decides, it agrees with the detector alone, and it decides most of them.
     */
    @Test
    void functionWordsAgreeWithTheDetectorOnRealParagraphs() throws IOException {
        Path corpus = SharedData.root().resolve("corpus");
        List<String> dutch = paragraphs(corpus.resolve("session-records/parlamint-nl/ParlaMint-NL_2019-05-16-tweedekamer-11.txt"),
                corpus.resolve("other/BWBR0033564_Aanwijzing_mensenhandel.md"),
                SharedData.root().resolve("seed/000_179d281dde228d13.txt"));
        List<String> english = paragraphs(corpus.resolve("session-records/netherlands2012.txt"));
        assertAgreement(dutch, "nl");
        assertAgreement(english, "en");
    }

    @Test
    void otherLanguagesAreLeftToTheDetector() {
        List<String> others = List.of(
                "Le Conseil des droits de l'homme a adopté une résolution sur la liberté d'expression. Les États "
                        + "membres sont invités à garantir que les journalistes puissent travailler sans crainte et que "
                        + "les auteurs des attaques contre eux soient traduits en justice dans les meilleurs délais.",
                "Der Menschenrechtsrat hat eine Resolution zur Meinungsfreiheit angenommen. Die Mitgliedstaaten "
                        + "werden aufgefordert sicherzustellen, dass Journalisten ohne Furcht arbeiten können und dass "
                        + "die Täter von Angriffen auf sie vor Gericht gestellt werden, und zwar ohne Verzögerung.",
                "Die Raad vir Menseregte het 'n resolusie oor vryheid van spraak aanvaar. Die lidstate word gevra om "
                        + "te verseker dat joernaliste sonder vrees kan werk en dat hulle wat hulle aanval nie "
                        + "ongestraf bly nie, want hierdie mense sal deur die howe vervolg moet word.",
                "De Ried foar de Rjochten fan de Minske hat in resolúsje oer de frijheid fan mieningsutering "
                        + "oannommen. De lidsteaten wurde oproppen om derfoar te soargjen dat sjoernalisten sûnder "
                        + "eangst wurkje kinne en dat de dieders troch de rjochters bestraft wurde yn it lân.");
        for (String text : others) {
            assertEquals(Optional.empty(), FunctionWords.plainly(text), text);
            assertEquals("other", LanguageDetection.detect(text), text);
        }
    }

    @Test
    void aParagraphHalfDutchHalfEnglishIsLeftToTheDetector() {
        String mixed = "De Raad heeft de resolutie aangenomen en het kabinet zal de uitvoering ervan volgen, maar de "
                + "tekst is nog niet in het Nederlands vertaald. The Council adopted the resolution and the Government "
                + "will follow its implementation, which has not yet been translated from the English.";
        assertEquals(Optional.empty(), FunctionWords.plainly(mixed));
    }

    @Test
    void shortOrWordlessTextGetsNoOpinion() {
        assertEquals(Optional.empty(), FunctionWords.plainly("The Council adopted the resolution on the right to food."));
        assertEquals(Optional.empty(), FunctionWords.plainly("Het Koninkrijk der Nederlanden"));
        assertEquals(Optional.empty(), FunctionWords.plainly("A/HRC/43/12 12.3 45.6 2019 2020 2021 2022 2023 2024"));
    }

    private static void assertAgreement(List<String> paragraphs, String language) {
        int decided = 0;
        for (String p : paragraphs) {
            Optional<String> quick = FunctionWords.plainly(p);
            if (quick.isPresent()) {
                decided++;
                assertEquals(LanguageDetection.byModel(p), quick.get(), p);
                assertEquals(language, quick.get(), p);
            }
        }
        assertTrue(paragraphs.size() >= 30, "too few paragraphs to judge: " + paragraphs.size());
        assertTrue(decided >= 0.8 * paragraphs.size(), decided + " of " + paragraphs.size() + " decided");
    }

    /**
     * Paragraphs of 250 characters or more, as the sentence annotator judges one by one. A text without blank lines
     * (one of them is a single line) is cut into pieces of about that size at sentence ends.
     */
    private static List<String> paragraphs(Path... files) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            // one of them is in Windows-1252: a stray replacement character does not change its language
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            for (String paragraph : text.split("\\n\\s*\\n")) {
                StringBuilder piece = new StringBuilder();
                for (String sentence : paragraph.replace('\n', ' ').strip().split("(?<=\\.) ")) {
                    piece.append(sentence).append(' ');
                    if (piece.length() >= 600) {
                        found.add(piece.toString().strip());
                        piece.setLength(0);
                    }
                }
                if (piece.length() >= 250) {
                    found.add(piece.toString().strip());
                }
            }
        }
        return found;
    }
}
