package org.hrcmonitor.pipeline.tag.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hrcmonitor.models.LanguageModels;
import org.hrcmonitor.pipeline.annotate.LanguageAnnotator;
import org.hrcmonitor.pipeline.annotate.SentenceAnnotator;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.document.ThemeTag;
import org.hrcmonitor.pipeline.text.CleanText;
import org.hrcmonitor.pipeline.text.TextCleaner;
import org.junit.jupiter.api.Test;

class ThemeAnnotatorTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator(LanguageModels.shared());
    private static final ThemeAnnotator THEMES = new ThemeAnnotator();

    static Document sentences(String raw) {
        CleanText clean = new TextCleaner().clean(raw);
        SourceDocument source = new SourceDocument("/tmp/t.txt", "0123456789abcdef", "text/plain", raw, null,
                List.of(), Map.of());
        return SENTENCES.annotate(new LanguageAnnotator().annotate(
                Document.unannotated(source, clean.text(), clean.paragraphs())));
    }

    /** Each tag as "sentence text -> theme score". */
    private static List<String> tags(String raw) {
        Document doc = THEMES.annotate(sentences(raw));
        return doc.themes().stream().map(t -> doc.textOf(t.sentence()) + " -> " + t.theme() + " " + t.score()).toList();
    }

    @Test
    void englishSentencesAreTaggedInOrderWithScores() {
        assertEquals(List.of(
                        "The Council condemns attacks on journalists and human rights defenders. -> freedom-of-expression 0.5",
                        "The Council condemns attacks on journalists and human rights defenders. -> human-rights-defenders 0.5",
                        "It calls for a moratorium on executions with a view to abolishing the death penalty. -> death-penalty 0.75"),
                tags("The Council condemns attacks on journalists and human rights defenders. "
                        + "It calls for a moratorium on executions with a view to abolishing the death penalty."));
    }

    @Test
    void dutchWordFormsAndMultiWordTermsMatch() {
        assertEquals(List.of(
                        "Het kabinet steunt de vrijheid van meningsuiting en de bescherming van journalisten. -> freedom-of-expression 0.75"),
                tags("Het kabinet steunt de vrijheid van meningsuiting en de bescherming van journalisten."));
    }

    @Test
    void dutchCompoundsMatchOnTheirHeadAndLongModifier() {
        assertEquals(List.of(
                        "Nederland maakt zich zorgen over rassendiscriminatie en de persvrijheidsindex van dit land. -> freedom-of-expression 0.5",
                        "Nederland maakt zich zorgen over rassendiscriminatie en de persvrijheidsindex van dit land. -> discrimination 0.5"),
                tags("Nederland maakt zich zorgen over rassendiscriminatie en de persvrijheidsindex van dit land."));
    }

    @Test
    void ratifyingANamedTreatyIsAboutTheTreatySystemNotItsSubject() {
        assertEquals(List.of("Ratify CEDAW and the Convention against Torture. -> un-mechanisms 0.875"),
                tags("Ratify CEDAW and the Convention against Torture."));
    }

    @Test
    void aDutchTreatyRatifiedInThePastTenseIsAboutTheTreatySystem() {
        assertEquals(List.of("Nederland heeft het verdrag in 2016 geratificeerd. -> un-mechanisms 0.5",
                        "Het protocol wordt bekrachtigd. -> un-mechanisms 0.5"),
                tags("Nederland heeft het verdrag in 2016 geratificeerd. Het protocol wordt bekrachtigd."));
    }

    @Test
    void implementingANamedTreatyAlsoTagsItsSubject() {
        assertEquals(List.of(
                        "Fully implement the Convention on the Rights of the Child in national law. -> children 0.5",
                        "Fully implement the Convention on the Rights of the Child in national law. -> un-mechanisms 0.5"),
                tags("Fully implement the Convention on the Rights of the Child in national law."));
    }

    @Test
    void genericDiscriminationYieldsToTheGroupItIsAbout() {
        assertEquals(List.of("End discrimination against persons with disabilities. -> disabilities 0.5"),
                tags("End discrimination against persons with disabilities."));
    }

    @Test
    void aBodyIsTheTopicWhenSpokenOfButNotWhereSomethingHappens() {
        assertEquals(List.of("Het kabinet wil de Mensenrechtenraad van binnenuit hervormen. -> hrc-institution 0.5"),
                tags("Het kabinet wil de Mensenrechtenraad van binnenuit hervormen. "
                        + "Nederland dient in de Mensenrechtenraad een resolutie in."));
    }

    @Test
    void aCapitalisedBodyMatchesOnlyAsWritten() {
        assertEquals(List.of("Het College vervult zijn taak in onafhankelijkheid. -> national-institutions 0.5"),
                tags("Het College vervult zijn taak in onafhankelijkheid. "
                        + "Het college van burgemeester en wethouders vergadert op dinsdag."));
    }

    @Test
    void theWordsOfAMinistrysNameTagNothing() {
        assertEquals(List.of(), tags("De minister van Volksgezondheid, Welzijn en Sport is aanwezig."));
    }

    @Test
    void theWordsOfALawsOrBodysTitleTagNothing() {
        assertEquals(List.of(), tags("Zij rapporteert over de Algemene wet gelijke behandeling en de Wet gelijke "
                + "behandeling van mannen en vrouwen. Ook de Raad voor Volksgezondheid en Samenleving verwijst daarnaar. "
                + "De Werkgroep Jeugdgezondheidszorg heeft een lijst opgesteld."));
    }

    @Test
    void aNamedCompoundRunsOnOverCapitalsAndAFormalNameOverLowerCase() {
        assertEquals(List.of(), tags("Zij werken samen in het Expertisecentrum Mensenhandel en Mensensmokkel. "
                + "De verslagen gaan naar het Comité inzake de rechtspositie van de vrouw."));
        assertEquals(List.of("De Vreemdelingenwet helpt asielzoekers. -> migrants-refugees 0.5"),
                tags("De Vreemdelingenwet helpt asielzoekers."));
    }

    @Test
    void aTitleEndsAtPunctuationOrAClauseAndLeavesABodysOwnNameAlone() {
        assertEquals(List.of(
                        "Volgens de Wet bescherming staatsgeheimen, die vrouwen uitsluit, geldt dit. -> womens-rights 0.5",
                        "De Vreemdelingenwet is streng voor asielzoekers. -> migrants-refugees 0.5",
                        "Het kabinet wil de Mensenrechtenraad hervormen. -> hrc-institution 0.5"),
                tags("Volgens de Wet bescherming staatsgeheimen, die vrouwen uitsluit, geldt dit. "
                        + "De Vreemdelingenwet is streng voor asielzoekers. "
                        + "Het kabinet wil de Mensenrechtenraad hervormen."));
    }

    @Test
    void aCompoundsFirstPartWrittenAloneIsOnlyAModifier() {
        assertEquals(List.of("Dit geldt bij arbeids- en seksuele uitbuiting. -> trafficking 0.5"),
                tags("Dit geldt bij arbeids- en seksuele uitbuiting."));
        assertEquals(List.of(
                        "We werken met vrouwenrechten- en jongerenorganisaties. -> womens-rights 0.5"),
                tags("We werken met vrouwenrechten- en jongerenorganisaties."));
    }

    @Test
    void criminalProcedureAndCourtProceedingsAreJustice() {
        assertEquals(List.of(
                        "Gemeenten zijn partners voor de opsporingsdiensten. -> justice-rule-of-law 0.5",
                        "De strafmaat wordt verhoogd. -> justice-rule-of-law 0.5",
                        "Zij worden in alle stadia van gerechtelijke procedures gelijk behandeld. -> justice-rule-of-law 0.5",
                        "De zaak eindigde in een beleidssepot. -> justice-rule-of-law 0.5"),
                tags("Gemeenten zijn partners voor de opsporingsdiensten. De strafmaat wordt verhoogd. "
                        + "Zij worden in alle stadia van gerechtelijke procedures gelijk behandeld. "
                        + "De zaak eindigde in een beleidssepot. Het meet de hartslag van een ondervraagde."));
    }

    @Test
    void namedDiscriminationOfAGroupIsAlsoDiscrimination() {
        assertEquals(List.of(
                        "Zij bannen discriminatie van vrouwen uit. -> womens-rights 0.5",
                        "Zij bannen discriminatie van vrouwen uit. -> discrimination 0.5",
                        "Vrouwen krijgen gelijke rechten als mannen. -> womens-rights 0.5"),
                tags("Zij bannen discriminatie van vrouwen uit. Vrouwen krijgen gelijke rechten als mannen."));
    }

    @Test
    void aListItemIsReadAsItsArticleAndEqualStandingInItIsAboutWomen() {
        assertEquals(List.of("dezelfde rechten en verantwoordelijkheden tijdens het huwelijk; -> womens-rights 0.5"),
                tags("dezelfde rechten en verantwoordelijkheden tijdens het huwelijk;"));
        assertEquals(List.of("(b)alle soorten opleiding te ontvangen; -> esc-rights 0.5"),
                tags("(b)alle soorten opleiding te ontvangen;"));
        assertEquals(List.of(), tags("Hij volgde een opleiding tot kok. Zij kregen dezelfde kamer."));
    }

    @Test
    void welfareIsBijstandInItsOwnSenseOnly() {
        assertEquals(List.of("Zij leeft van de uitkering in de bijstand. -> esc-rights 0.75"),
                tags("De voorziening verleent onafhankelijke bijstand. Zij leeft van de uitkering in de bijstand."));
    }

    @Test
    void aMultiWordTermMatchesWithItsFirstWordAsACompoundHead() {
        assertEquals(List.of(
                        "Bij elk parket is een discriminatieofficier van justitie aangesteld. -> justice-rule-of-law 0.875",
                        "Bij elk parket is een discriminatieofficier van justitie aangesteld. -> discrimination 0.5"),
                tags("Bij elk parket is een discriminatieofficier van justitie aangesteld."));
    }

    @Test
    void aCompoundHeadNeedsAWordBeforeItAndATermThatIsItsOwnWord() {
        // "gelijkheid" ends "mogelijkheid"; "gevangene" lemmatizes to "vangen", which ends "ontvangen"
        assertEquals(List.of(), tags("De leden ontvangen de mogelijkheid om te spreken."));
    }

    @Test
    void aCompoundHeadIsTheLongestWordItEndsIn() {
        // "keuzemogelijkheid" is "keuze" + "mogelijkheid", which only ends like "gelijkheid"
        assertEquals(List.of(), tags("De leden krijgen een keuzemogelijkheid."));
        assertEquals(List.of("Zij bestrijden genderongelijkheid. -> discrimination 0.5"),
                tags("Zij bestrijden genderongelijkheid."));
    }

    @Test
    void anElectionThatOnlyDatesASentenceTagsNothing() {
        assertEquals(List.of("De verkiezingen waren vrij. -> participation-elections 0.5"),
                tags("Tijdens de gemeenteraadsverkiezingen verklaarde hij dat hij bleef. "
                        + "Ze zullen pas na de verkiezingen van november aftreden. De verkiezingen waren vrij."));
    }

    @Test
    void anElectionWithItsOutcomeIsAboutTheElectionAfterATimeWordToo() {
        assertEquals(List.of("Sinds de verkiezingen van 2004 heeft de partij één zetel. -> participation-elections 0.5"),
                tags("Sinds de verkiezingen van 2004 heeft de partij één zetel."));
    }

    @Test
    void aTreatysProceduralClausesNeedTwoOfTheirWordsAndTheirElectionsAreNoPoliticalOnes() {
        assertEquals(List.of(
                        "Ieder geschil over de toepassing van dit Verdrag wordt onderworpen aan arbitrage. "
                                + "-> un-mechanisms 0.875",
                        "De eerste verkiezing wordt gehouden na de inwerkingtreding van dit Verdrag. -> un-mechanisms 0.75"),
                tags("Ieder geschil over de toepassing van dit Verdrag wordt onderworpen aan arbitrage. "
                        + "Na de inwerkingtreding van de regeling vervalt het besluit. "
                        + "De eerste verkiezing wordt gehouden na de inwerkingtreding van dit Verdrag."));
    }

    @Test
    void aBodysDefinedNameWrittenAsATermIsNoTitleToSkip() {
        assertEquals(List.of("De leden waren lid van de Commissie gelijke behandeling. -> national-institutions 0.5"),
                tags("De leden waren lid van de Commissie gelijke behandeling. "
                        + "Hij sprak met het College van procureurs-generaal over het Actieplan Polarisatie en "
                        + "Radicalisering. Rijst groeit goed in een tropisch klimaat."));
    }

    @Test
    void aThemesOwnContextWordsKeepOnlyItsEverydayWords() {
        assertEquals(List.of("Het gaat om een moeilijk kind bij pedagogisch onervaren ouders. -> children 0.75"),
                tags("Het gaat om een moeilijk kind bij pedagogisch onervaren ouders. "
                        + "Zijn vrouw bleef pedagogisch onervaren."));
    }

    @Test
    void everydayWordsTagOnlyInASentenceAboutRightsOrPolicy() {
        assertEquals(List.of(), tags("Zijn vrouw schreef een boek. Hij speelde als kind al gitaar op school."));
        assertEquals(List.of(
                        "Het kabinet wil kinderen beter beschermen. -> children 0.75",
                        "Geweld tegen vrouwen is een misdrijf. -> womens-rights 0.5",
                        "Journalisten worden gearresteerd. -> freedom-of-expression 0.5",
                        "Journalisten worden gearresteerd. -> arbitrary-detention 0.5"),
                tags("Het kabinet wil kinderen beter beschermen. Geweld tegen vrouwen is een misdrijf. "
                        + "Journalisten worden gearresteerd."));
    }

    @Test
    void sexualViolenceAgainstChildrenIsAboutChildren() {
        assertEquals(List.of(
                        "De rapporteur adviseert over seksueel geweld tegen kinderen. -> children 0.75"),
                tags("De rapporteur adviseert over seksueel geweld tegen kinderen."));
    }

    @Test
    void unrelatedTextGetsNoTheme() {
        assertEquals(List.of(), tags("De vergadering wordt om 13.30 uur hervat. The weather in Geneva was fine."));
    }

    @Test
    void emptyInputAndUnsplitDocumentsGetNoThemes() {
        assertEquals(List.of(), tags(""));
        Document unsplit = new LanguageAnnotator().annotate(Document.unannotated(new SourceDocument("/tmp/t.txt",
                "0123456789abcdef", "text/plain", "torture", null, List.of(), Map.of()), "torture", List.of()));
        assertEquals(List.<ThemeTag>of(), THEMES.annotate(unsplit).themes());
    }
}
