package org.hrcmonitor.pipeline.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClausesTest {
    /** Lower-cased words split on spaces, as the annotator gives them (punctuation written as its own word). */
    static List<String> words(String text) {
        return List.of(text.toLowerCase().split(" "));
    }

    private static Optional<Clauses.Clause> dutch(String text) {
        return Clauses.find(words(text), true);
    }

    private static Optional<Clauses.Clause> english(String text) {
        return Clauses.find(words(text), false);
    }

    @Test
    void dutchSubjectBeforeTheForm() {
        assertEquals(Optional.of(new Clauses.Clause(0, 2, 2)), dutch("Het Koninkrijk zal twee conferenties organiseren ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 5, 5)),
                dutch("De inzet van het kabinet zal gericht zijn op respect ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 1)), dutch("We zetten met gelijkgestemde landen in op persvrijheid ."));
    }

    @Test
    void dutchSubjectAfterTheFormInAMainClause() {
        assertEquals(Optional.of(new Clauses.Clause(4, 6, 3)),
                dutch("Samen met Canada zal het Koninkrijk de resolutie trekken ."));
        assertEquals(Optional.of(new Clauses.Clause(3, 4, 2)),
                dutch("Over China spreekt Nederland zich uit ."));
    }

    @Test
    void parliamentaryPromisesAndEfforts() {
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 1)), dutch("Ik zeg de Kamer een brief voor de zomer toe ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 1)), dutch("Nederland maakt zich sterk voor persvrijheid ."));
        assertEquals(Optional.of(new Clauses.Clause(2, 4, 1)),
                dutch("Daarom spant het kabinet zich in voor een sterk mandaat ."));
        assertEquals(Optional.empty(), dutch("Nederland maakt zich zorgen over de situatie ."));
    }

    @Test
    void dutchFutureWithoutACommissiveVerb() {
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 1)), dutch("Wij gaan de steun aan verdedigers uitbreiden ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 2, 2)),
                dutch("Het kabinet trekt de komende drie jaar 5 miljoen euro uit voor het fonds ."));
        assertEquals(Optional.of(new Clauses.Clause(3, 4, 2)),
                dutch("Volgend jaar financiert Nederland het werk van de rapporteur ."));
        assertEquals(Optional.of(new Clauses.Clause(4, 5, 3)),
                dutch("Op korte termijn gaan we met gemeenten in gesprek ."));
        assertEquals(Optional.empty(), dutch("Wij gaan altijd voor de winst ."));
        assertEquals(Optional.empty(), dutch("Het kabinet trekt een les uit het rapport ."));
        assertEquals(Optional.empty(), dutch("Nederland is de komende drie jaar lid van de Raad ."));
    }

    @Test
    void willingnessAndCoordinatedSubjects() {
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 1)), dutch("Ik ben bereid de motie uit te voeren ."));
        assertEquals(Optional.of(new Clauses.Clause(5, 6, 6)),
                dutch("De minister voor Handel en ik zullen bedrijven aanspreken ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 1)), english("We are willing to host the meeting ."));
    }

    @Test
    void aPluralFormWithASingularAuthorIsSomeoneElsesClause() {
        assertEquals(Optional.empty(), dutch("De ministers en ambtenaren zullen het Koninkrijk vertegenwoordigen ."));
    }

    @Test
    void separableVerbsNeedTheirParticle() {
        assertEquals(Optional.empty(), dutch("Nederland zet een stap ."));
        assertEquals(Optional.empty(), dutch("Ik vraag de minister hoe Nederland dat doet ."));
    }

    @Test
    void othersPastQuestionsAndTheTextItselfAreNoCommitments() {
        assertEquals(Optional.empty(), dutch("De Raad zal een resolutie aannemen ."));
        assertEquals(Optional.empty(), dutch("Vorig jaar zette Nederland zich in voor Belarus ."));
        assertEquals(Optional.empty(), dutch("Zal het kabinet de resolutie steunen ?"));
        assertEquals(Optional.empty(), dutch("In het vervolg zal ik ingaan op de noodzaak ."));
        assertEquals(Optional.empty(), dutch("Deze notitie zet op een rij welke punten Nederland wil inbrengen ."));
        assertEquals(Optional.empty(), dutch("Het onderzoek in Nederland zal lang duren ."));
        assertEquals(Optional.empty(), dutch("Ik zal deze personen aanduiden als paradocus ."));
    }

    @Test
    void englishSubjectStartsAClauseWithAdverbsAllowed() {
        assertEquals(Optional.of(new Clauses.Clause(4, 6, 6)),
                english("Together with Canada , the Netherlands will lead the core group ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 2)), english("We also call on all States to cooperate ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 2, 2)), english("The Government is committed to ratifying it ."));
        assertEquals(Optional.of(new Clauses.Clause(4, 5, 5)), english("In the coming year we will fund the mechanism ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 0)), english("We’ll support the resolution ."));
    }

    @Test
    void englishAuthorInsideAnotherClauseOrInThePastIsNot() {
        assertEquals(Optional.empty(), english("Egypt asked what steps the Government intends to take ."));
        assertEquals(Optional.empty(), english("The Netherlands was highly committed to combating racism ."));
        assertEquals(Optional.empty(), english("China will call for a vote ."));
        assertEquals(Optional.empty(), english("The Government is trying to help ."));
        assertEquals(Optional.empty(), english("In this letter I will set out the priorities ."));
        assertEquals(Optional.empty(), english("Here I'll set out the priorities ."));
        assertEquals(Optional.empty(), english("The Government has adopted a plan ."));
    }

    @Test
    void aModalForecastingAStateOrAnAttitudeIsNot() {
        assertEquals(Optional.empty(), english("The Government shall be now in a position to consider visits ."));
        assertEquals(Optional.empty(), english("The Government will welcome any support ."));
        assertEquals(Optional.empty(), english("We'll be happy to answer ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 2, 2)), english("The Government will be investing in prisons ."));
        assertEquals(Optional.of(new Clauses.Clause(0, 1, 1)), english("We will be committed to the plan ."));
    }
}
