package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.hrcmonitor.pipeline.Pipeline;
import org.hrcmonitor.pipeline.document.Commitment;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.TimeFrame;
import org.junit.jupiter.api.Test;

/** Text through the standard pipeline, so the commitments see the sentence, token, country and theme layers. */
class CommitmentAnnotatorTest {
    static final Pipeline PIPELINE = Pipeline.standard(Duration.ofSeconds(30));

    private static Document annotated(String text, String lang) throws Exception {
        return PIPELINE.annotateText("test", text, lang);
    }

    @Test
    void aDutchCommitmentWithEveryDetail() throws Exception {
        Document doc = annotated("Den Haag, 3 maart 2021\n\nRusland zal de resolutie niet steunen. Samen met Canada en "
                + "Mexico zal het kabinet volgend jaar twee conferenties over de veiligheid van journalisten organiseren.",
                "nl");
        assertEquals(LocalDate.of(2021, 3, 3), doc.date());
        Commitment c = doc.commitments().get(0);
        assertEquals(1, doc.commitments().size());
        assertEquals("Samen met Canada en Mexico zal het kabinet volgend jaar twee conferenties over de veiligheid van "
                + "journalisten organiseren.", doc.textOf(c.sentence()));
        assertEquals(new Commitment(CommitmentIds.of(doc.textOf(c.sentence()), doc.date()), c.sentence(), "het kabinet",
                "twee conferenties veiligheid journalisten organiseren", List.of("CA", "MX"),
                new TimeFrame("volgend jaar", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
                List.of("twee conferenties"), List.of("CA", "MX"), List.of("freedom-of-expression")), c);
    }

    @Test
    void anEnglishCommitmentAmongOthersActionsAndThePast() throws Exception {
        Document doc = annotated("China will call for a vote. Last year the Netherlands organised a side event. "
                + "The Netherlands will continue to call for the abolition of the death penalty in Iran.", "en");
        assertEquals(1, doc.commitments().size());
        Commitment c = doc.commitments().get(0);
        assertEquals("The Netherlands", c.actor());
        assertEquals("call abolition death penalty Iran", c.action());
        assertEquals(List.of("IR"), c.countries());
        assertEquals(List.of(), c.partners());
        assertEquals(List.of("death-penalty"), c.themes());
    }

    @Test
    void aSentenceRepeatedInOneDocumentIsOneCommitment() throws Exception {
        Document doc = annotated("We will support the resolution. We will support the resolution.", "en");
        assertEquals(1, doc.commitments().size());
    }

    @Test
    void textInNeitherLanguageGetsNone() throws Exception {
        assertEquals(List.of(), annotated("Le gouvernement soutiendra la résolution sur la liberté d'expression. "
                + "Il organisera deux conférences l'année prochaine à Genève et à New York.", null).commitments());
    }
}
