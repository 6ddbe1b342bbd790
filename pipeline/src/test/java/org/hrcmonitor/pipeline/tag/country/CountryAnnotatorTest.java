package org.hrcmonitor.pipeline.tag.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.SourceDocument;
import org.hrcmonitor.pipeline.document.Span;
import org.junit.jupiter.api.Test;

/** Input text to exact mentions: one test per rule and per collision of names. */
class CountryAnnotatorTest {

    /** Tags {@code text} and checks the mentions are exactly the given names, in order, as "name=code" pairs. */
    private static void assertMentions(String text, String... expected) {
        Document doc = Annotated.countries(text);
        List<CountryMention> want = new ArrayList<>();
        int from = 0;
        for (String pair : expected) {
            String name = pair.substring(0, pair.lastIndexOf('='));
            int start = doc.text().indexOf(name, from);
            want.add(new CountryMention(new Span(start, start + name.length()), pair.substring(pair.lastIndexOf('=') + 1)));
            from = start + name.length();
        }
        assertEquals(want, doc.countries());
    }

    @Test
    void emptyInputHasNoMentions() {
        assertMentions("");
    }

    @Test
    void aDocumentWithoutSentencesGetsNoMentions() {
        Document bare = Document.unannotated(new SourceDocument("/tmp/t.txt", "0123456789abcdef", "text/plain",
                "Syrië", null, List.of(), Map.of()), "Syrië", List.of());
        assertEquals(List.of(), Annotated.COUNTRIES.annotate(bare).countries());
    }

    @Test
    void offsetsPointIntoTheDocumentText() {
        Document doc = Annotated.countries("Het kabinet steunt de resolutie.\n\nSyrië en Iran stemden tegen.");
        assertEquals(List.of(new CountryMention(new Span(34, 39), "SY"), new CountryMention(new Span(43, 47), "IR")),
                doc.countries());
    }

    @Test
    void dutchNamesFromLocaleData() {
        assertMentions("Het gaat om Venezuela, Jemen, Libië en Saoedi-Arabië.",
                "Venezuela=VE", "Jemen=YE", "Libië=LY", "Saoedi-Arabië=SA");
    }

    @Test
    void officialUnFormsAreOneMention() {
        assertMentions("Ratify the ICRMW (Algeria, Iran (Islamic Republic of), Venezuela (Bolivarian Republic of)).",
                "Algeria=DZ", "Iran (Islamic Republic of)=IR", "Venezuela (Bolivarian Republic of)=VE");
        assertMentions("The Syrian Arab Republic, Türkiye, Viet Nam and the Russian Federation spoke.",
                "Syrian Arab Republic=SY", "Türkiye=TR", "Viet Nam=VN", "Russian Federation=RU");
    }

    @Test
    void abbreviations() {
        assertMentions("De VS en het VK stemden voor.", "VS=US", "VK=GB");
        assertMentions("The US, the UK and the DRC abstained.", "US=US", "UK=GB", "DRC=CD");
    }

    @Test
    void theLongestNameWins() {
        assertMentions("Niger and Nigeria.", "Niger=NE", "Nigeria=NG");
        assertMentions("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea.",
                "Guinea=GN", "Guinea-Bissau=GW", "Equatorial Guinea=GQ", "Papua New Guinea=PG");
        assertMentions("Congo and the Democratic Republic of the Congo.",
                "Congo=CG", "Democratic Republic of the Congo=CD");
        assertMentions("Sudan and South Sudan.", "Sudan=SD", "South Sudan=SS");
        assertMentions("Dominica and the Dominican Republic.", "Dominica=DM", "Dominican Republic=DO");
    }

    @Test
    void theKoreas() {
        assertMentions("North Korea, South Korea, the Republic of Korea and the DPRK.",
                "North Korea=KP", "South Korea=KR", "Republic of Korea=KR", "DPRK=KP");
        assertMentions("The Democratic People's Republic of Korea rejected it.",
                "Democratic People's Republic of Korea=KP");
    }

    @Test
    void georgiaAfterATownIsTheUsState() {
        assertMentions("The meeting was held in Atlanta, Georgia.");
        assertMentions("Russia, Georgia and Ukraine.", "Russia=RU", "Georgia=GE", "Ukraine=UA");
    }

    @Test
    void countryNamesUsedAsPersonalNames() {
        assertMentions("Chad Smith met Michael Jordan.");
        assertMentions("Chad and Jordan made recommendations.", "Chad=TD", "Jordan=JO");
        assertMentions("In Jordan the situation improved.", "Jordan=JO");
    }

    @Test
    void caseTellsCountriesFromWords() {
        assertMentions("Turkey made recommendations. The turkey was roasted and the chad discarded.", "Turkey=TR");
    }

    @Test
    void organisationsNamedAfterACountryAreNotMentions() {
        assertMentions("The Bank of America and the American Bar Association met Radio Free Asia.");
        assertMentions("Amnesty International Netherlands wrote to the American embassy.",
                "Netherlands=NL", "American=US");
    }

    @Test
    void languagesAreNotCountries() {
        assertMentions("The report is available in Spanish and French. The Spanish version differs.");
        assertMentions("Spanish authorities responded.", "Spanish=ES");
        assertMentions("De brief is in het Spaans vertaald, niet in de Nederlandse taal of Engelstalig.");
        assertMentions("De Spaanse regering reageerde.", "Spaanse=ES");
        assertMentions("De Arabische, de Chinese, de Engelse, de Franse, de Russische en de Spaanse tekst zijn gelijkelijk "
                + "authentiek.");
        assertMentions("The Chinese and the Russian delegations agreed.", "Chinese=CN", "Russian=RU");
    }

    @Test
    void peoplesAreMentionsOfTheirCountry() {
        assertMentions("Syrians and Saudis fled; de Syriërs en Chinezen ook.", "Syrians=SY", "Saudis=SA", "Syriërs=SY",
                "Chinezen=CN");
    }

    @Test
    void dutchPeoplesFollowTheirAdjectiveOrCountry() {
        assertMentions("Brazilianen, Hongaren, Portugezen, Slovenen en Tunesiërs stemden.", "Brazilianen=BR",
                "Hongaren=HU", "Portugezen=PT", "Slovenen=SI", "Tunesiërs=TN");
    }

    @Test
    void oneOfADutchPeopleIsAMentionButNotAPlaceOfTheSameName() {
        assertMentions("De Rus versloeg een Braziliaan, een Turk en een Syriër.", "Rus=RU", "Braziliaan=BR",
                "Turk=TR", "Syriër=SY");
        assertMentions("Hij woont in de Jordaan en speelde als kind Indiaan.");
    }

    @Test
    void aDutchPeopleWrittenInLowerCaseIsStillAMentionUnlessItIsAWord() {
        assertMentions("De rest van de belgen en de chinezen is agnost.", "belgen=BE", "chinezen=CN");
        assertMentions("Aan beide polen van het debat stonden Polen.", "Polen=PL");
    }

    @Test
    void aHyphenatedNameWrittenWithoutItsHyphen() {
        assertMentions("Landen als Libië, SaoediArabië en Egypte.", "Libië=LY", "SaoediArabië=SA", "Egypte=EG");
    }

    @Test
    void aCountryInTheNameOfARaceIsNoMention() {
        assertMentions("Zij reed in Italië en won de proloog van de Ronde van Italië.", "Italië=IT");
        assertMentions("He rode the Tour of Britain and the Tour de France.");
    }

    @Test
    void aCountryInsideAHyphenatedCompoundIsFound() {
        assertMentions("Het China-beleid en de EU-Turkije-verklaring werden besproken, net als Guinee-Bissau.",
                "China=CN", "Turkije=TR", "Guinee-Bissau=GW");
    }

    @Test
    void aFullStopAfterAnAbbreviationStaysOutOfTheMention() {
        assertMentions("Zij woont in de VS. Hij in het VK.", "VS=US", "VK=GB");
    }

    @Test
    void aPossessiveStaysOutOfTheMention() {
        assertMentions("Egypt's constitution and Egypt’s courts were discussed.", "Egypt=EG", "Egypt=EG");
    }

    @Test
    void demonymsInBothLanguages() {
        assertMentions("Chinese, Syrian, Iranian and Saudi officials met Russian diplomats.",
                "Chinese=CN", "Syrian=SY", "Iranian=IR", "Saudi=SA", "Russian=RU");
        assertMentions("Chinese, Syrische, Iraanse, Saoedische en Russische ambtenaren.",
                "Chinese=CN", "Syrische=SY", "Iraanse=IR", "Saoedische=SA", "Russische=RU");
    }

    @Test
    void theAuthorsOwnStateWhereNamed() {
        assertMentions("Het Koninkrijk der Nederlanden en de Nederlandse inzet; het Koninkrijk zal dat steunen.",
                "Koninkrijk der Nederlanden=NL", "Nederlandse=NL");
        assertMentions("The Government of the Kingdom of the Netherlands thanked the Government.",
                "Kingdom of the Netherlands=NL");
        assertMentions("Dutch society and the Netherlands.", "Dutch=NL", "Netherlands=NL");
    }

    @Test
    void territoriesTreatedAsCountrySituations() {
        assertMentions("The Occupied Palestinian Territory, Kosovo and the Holy See.",
                "Occupied Palestinian Territory=PS", "Kosovo=XK", "Holy See=VA");
        assertMentions("De mensenrechtensituatie in de Palestijnse gebieden.", "Palestijnse gebieden=PS");
    }

    @Test
    void citiesAreNotCountries() {
        assertMentions("Conferences in Geneva, Genève, New York, Den Haag, The Hague and Mexico City.");
    }

    @Test
    void historicalNamesOfTodaysCountriesAreThatCountry() {
        assertMentions("Het Verenigd Koninkrijk der Nederlanden volgde de Republiek der Zeven Verenigde Nederlanden op.",
                "Verenigd Koninkrijk der Nederlanden=NL", "Republiek der Zeven Verenigde Nederlanden=NL");
        assertMentions("Perzië, Birma, Zaïre, Belgisch-Congo en Nederlands-Indië kregen nieuwe namen.",
                "Perzië=IR", "Birma=MM", "Zaïre=CD", "Belgisch-Congo=CD", "Nederlands-Indië=ID");
    }

    @Test
    void regionsAndStatesWithoutACodeAreNoMentions() {
        assertMentions("De Nederlandse gewesten en de Zuidelijke Nederlanden kwamen in opstand tegen de Spaanse koning.",
                "Spaanse=ES");
        assertMentions("Oostenrijk-Hongarije, de Duitse Democratische Republiek, de Sovjet-Unie en Joegoslavië "
                + "bestaan niet meer.");
    }

    @Test
    void provincesCitiesAndSeasNamedAfterACountry() {
        assertMentions("Hij reisde van Noord-Holland via Mexico-Stad en Nieuw-Guinea naar de Perzische Golf.");
        assertMentions("Zij verhuisde van Holland naar Mexico.", "Holland=NL", "Mexico=MX");
    }

    @Test
    void dutchNamesTheLocaleDataLacks() {
        assertMentions("Wit-Rusland grenst niet aan Equatoriaal-Guinee; Wit-Russische boeren wel aan Rusland.",
                "Wit-Rusland=BY", "Equatoriaal-Guinee=GQ", "Wit-Russische=BY", "Rusland=RU");
        assertMentions("Een Fransman en twee Wit-Russen.", "Fransman=FR", "Wit-Russen=BY");
    }

    @Test
    void koreaAloneIsTheRepublicOfKorea() {
        assertMentions("Korea en Noord-Korea; Korea and North Korea.", "Korea=KR", "Noord-Korea=KP", "Korea=KR",
                "North Korea=KP");
    }

    @Test
    void aFirstWordThatIsNoFunctionWordMakesAPersonalName() {
        assertMentions("Michael Jordan scoorde dertig punten.");
        assertMentions("Frans Timmermans en Jan Fransen spraken over Frankrijk.", "Frankrijk=FR");
        assertMentions("Volgens Jordan is de grens dicht.", "Jordan=JO");
        assertMentions("Welcomed Jordan's efforts.", "Jordan=JO");
    }

    @Test
    void anAdjectiveInsideAnOrganisationsNameIsNoMention() {
        assertMentions("De Nederlandse Zorgautoriteit, de Belgische Spoorwegen en de Russisch-Orthodoxe Kerk reageerden.");
        assertMentions("De Koninklijke Nederlandse Voetbalbond ontsloeg de trainer.");
        assertMentions("De Nederlandse Organisatie voor Wetenschappelijk Onderzoek betaalde.");
        assertMentions("De Belgische Kim Clijsters versloeg de Nederlandse kampioene.", "Belgische=BE",
                "Nederlandse=NL");
    }

    @Test
    void aSportingEventNamedAfterACountryIsNoMention() {
        assertMentions("Zij won de US Open en de Australian Open, maar niet in de VS.", "VS=US");
    }

    @Test
    void theBiblicalIsraelIsNoMention() {
        assertMentions("De profeet zag hoe Israël, Gods volk, zich zou bekeren.");
        assertMentions("Israël en Libanon sloten een bestand.", "Israël=IL", "Libanon=LB");
    }

    @Test
    void aLanguageAfterAVerbOfSpeakingOrInAListOfLanguages() {
        assertMentions("Zij spreekt vloeiend Turks en studeerde Engels, Fries en Frans in Turkije.", "Turkije=TR");
        assertMentions("Les in het Albanees, Hongaars, Rutheens of Bulgaars.");
        assertMentions("Het Nederlands elftal en het Belgisch recht.", "Nederlands=NL", "Belgisch=BE");
        assertMentions("Hij werd Nederlands kampioen. Nederlands is een Germaanse taal.", "Nederlands=NL");
        assertMentions("In het Engels en Spaans verscheen het. Spaans en Portugees zijn Romaanse talen.");
        assertMentions("In Nederland en Belgisch Limburg.", "Nederland=NL", "Belgisch Limburg=BE");
        assertMentions("Syriërs zijn gevlucht. De Fransen hebben gewonnen. De Turkse Nederlander werd burgemeester.",
                "Syriërs=SY", "Fransen=FR", "Turkse=TR", "Nederlander=NL");
    }

    @Test
    void partsOfTheAmericasAreNotTheUnitedStates() {
        assertMentions("Amerika, Zuid-Amerika, Latijns-Amerikaanse en Afro-Amerikaanse kiezers.", "Amerika=US");
        assertMentions("De Nederlandse Antillen bestaan sinds 2010 niet meer.");
    }

    @Test
    void aDutchPeopleAfterAFirstNameIsASurname() {
        assertMentions("Kees Turk en Piet Fransen spraken met Koerdische Turken.", "Turken=TR");
        assertMentions("De jonge Turk Cengiz scoorde.", "Turk=TR");
    }

    @Test
    void dutchAdjectivesOfCountriesWhoseNameEndsOtherwise() {
        assertMentions("Chileense, Congolese, Filipijnse en Koreaanse arbeiders spraken met Peruanen en een Armeen.",
                "Chileense=CL", "Congolese=CD", "Filipijnse=PH", "Koreaanse=KR", "Peruanen=PE", "Armeen=AM");
        assertMentions("Litouws wordt in Vilnius gesproken; Litouwse boeren protesteerden.", "Litouwse=LT");
    }

    @Test
    void aCompanyOrClubNamedAfterACountryIsNoMention() {
        assertMentions("Air France, British Airways en AS Monaco; a French court.", "French=FR");
    }

    @Test
    void aBareCongoIsTheDrcInDutchAndTheRepublicInUnEnglish() {
        assertMentions("Rwandese soldaten trokken Congo binnen; Kongo was lang een Belgische kolonie.",
                "Rwandese=RW", "Congo=CD", "Kongo=CD", "Belgische=BE");
        assertMentions("Congo recommended that the State ratify the Convention.", "Congo=CG");
    }

    @Test
    void aRiverThatNamedACountryIsNoMention() {
        assertMentions("De boot voer de Kongo af en daarna de Niger op.");
        assertMentions("Oil spills in the Niger Delta worry Nigeria.", "Nigeria=NG");
    }

    @Test
    void aColonyNamedByAnAdjectiveAndAPlaceIsNeitherState() {
        assertMentions("Portugees-Guinee en Brits-Indië waren koloniën; de Frans-Duitse grens was dat niet.",
                "Frans=FR", "Duitse=DE");
        assertMentions("Een Duitse/Poolse commissie bezocht de grens.", "Duitse=DE", "Poolse=PL");
    }

    @Test
    void aFirstNameAfterATitleOrBeforeAParticleIsNoMention() {
        assertMentions("Keizer Karel en hertog Frans van Lotharingen reisden naar Frankrijk.", "Frankrijk=FR");
    }

    @Test
    void aChampionshipNamedAfterACountryIsNoMention() {
        assertMentions("Zij won het Belgisch Kampioenschap en daarna een wedstrijd in Frankrijk.", "Frankrijk=FR");
    }

    @Test
    void aLanguageStandingAloneInASentenceAboutLanguages() {
        assertMentions("De voertaal op school was eerder Frans dan Duits, en thuis sprak men Nederlands.");
        assertMentions("Zij heeft Spaans als moedertaal en woont in Spanje.", "Spanje=ES");
        assertMentions("Het dorp ligt in België, maar de meeste inwoners Frans spreken.", "België=BE");
        assertMentions("Zwitserland (Frans: Suisse) is een bondsstaat.", "Zwitserland=CH");
    }

    @Test
    void aLanguageOfAWayOfSayingOrOfARegionOrSignedIsNoCountry() {
        assertMentions("Toch wordt zijn naam op zijn Frans uitgesproken, ook in Frankrijk.", "Frankrijk=FR");
        assertMentions("In het Waals Gewest is dat Frans en Duits, daarom kent België drie gemeenschappen.",
                "België=BE");
        assertMentions("Er zijn twee gebarentalen: Vlaamse Gebarentaal en Frans-Belgische Gebarentaal.");
        assertMentions("De officiële talen van België, naar het aantal sprekers:\n\nNederlands (ca. 60%)\n\n"
                + "Frans (ca. 40%)\n\nDuits (<1%)", "België=BE");
        // before a word they are of the states: a nationality
        assertMentions("Hij is Frans en Duits van afkomst en woont in Frankrijk.", "Frans=FR", "Duits=DE",
                "Frankrijk=FR");
    }

    @Test
    void languagesInTheListsAndCompoundsOfTechnicalText() {
        // adjectives in -rs that are no people's name
        assertMentions("Het boek verscheen in het Noors, het Hongaars en het Bulgaars en werd in Noorwegen gedrukt.",
                "Noorwegen=NO");
        // three or more uninflected adjectives in a row, whatever follows
        assertMentions("De ondertitels zijn er in Koreaans, Pools, Turks en Chinees via de website.");
        // a variant joined by a hyphen, and a noun of text as a compound's head
        assertMentions("De film is nagesynchroniseerd in het Braziliaans-Portugees en speelt in Brazilië.",
                "Brazilië=BR");
        assertMentions("Wie Nederlandse man-pagina's zoekt, vindt ze bij de Belgische uitgever.", "Belgische=BE");
        assertMentions("In Wallonië spreekt men Frans, in Zwitserland ook.", "Zwitserland=CH");
        // two nationalities before a word stay states
        assertMentions("Zij is Nederlands en Belgisch van afkomst.", "Nederlands=NL", "Belgisch=BE");
    }

    @Test
    void namesWrittenWithoutTheirDiaeresisOrHyphen() {
        assertMentions("De winst in Belgie daalde, terwijl de Oekraine en Italie protesteerden.", "Belgie=BE",
                "Oekraine=UA", "Italie=IT");
        assertMentions("De Nieuw Zeelander trof de Zuid Afrikaanse premier in SaoediArabie.", "Nieuw Zeelander=NZ",
                "Zuid Afrikaanse=ZA", "SaoediArabie=SA");
        assertMentions("Observers from Guinea Bissau and Timor Leste attended.", "Guinea Bissau=GW",
                "Timor Leste=TL");
    }

    @Test
    void scriptsLettersAndVariantsOfALanguage() {
        assertMentions("Het formulier toont de Griekse letter pi en traditionele Chinese teksttekens.");
        assertMentions("Bij het Hongaarse taalkenmerk en een Nederlandse aangepaste woordenlijst gaat het mis.");
        assertMentions("De namen staan in vereenvoudigd Chinees, de data in Amerikaans Engels.");
        assertMentions("Zonder Amerikaans-Engelse items geldt de opmaak uit Japan.", "Japan=JP");
        // "-schrift" is no script in a compound: a magazine, a document
        assertMentions("Hij tekende een model uit een Amerikaans modetijdschrift na.", "Amerikaans=US");
        assertMentions("In het Vaticaanse geschrift stond het anders.", "Vaticaanse=VA");
        // in English a letter is mail
        assertMentions("The Dutch letter to parliament set out the priorities.", "Dutch=NL");
        assertMentions("Typ de Japanse kanji of het Noorse Bokmål over in de Koreaanse hangul.");
        assertMentions("Het woordenboek voor Belgisch Frans (fr-BE) ligt in een Belgische winkel.", "Belgische=BE");
    }

    @Test
    void languagesListedAfterAWordForLanguages() {
        assertMentions("In talen zoals Thais en Grieks lopen de regels anders dan in Thailand.", "Thailand=TH");
        assertMentions("Scripts for languages such as Thai or Greek differ from those used in Greece.", "Greece=GR");
        assertMentions("Landen zoals Thailand en Griekenland stemden tegen.", "Thailand=TH", "Griekenland=GR");
    }

    @Test
    void peoplesOfAdjectivesInIjnsAndIrregularOnes() {
        assertMentions("De Argentijnen en een Algerijn wonnen, net als de Noren, de Letten en de Tsjechen.",
                "Argentijnen=AR", "Algerijn=DZ", "Noren=NO", "Letten=LV", "Tsjechen=CZ");
        assertMentions("Let op: we letten op de noren van de schaatsers.");
    }

    @Test
    void aPlaceNamedAfterACountryIsNoMention() {
        assertMentions("Luxemburg grenst aan de provincie Luxemburg en aan Luxemburg (provincie).", "Luxemburg=LU");
        assertMentions("Treinen rijden naar steden als Gent, Lille en Luxemburg.");
        assertMentions("Steden in Luxemburg en België groeien.", "Luxemburg=LU", "België=BE");
        assertMentions("Frankrijk verloor Indochina en Indo-China bleef onrustig.", "Frankrijk=FR");
    }

    @Test
    void englishAdjectivesOfNamesInAAndI() {
        assertMentions("Samoan and Haitian officials met Malian, Chadian and Dominican delegates.",
                "Samoan=WS", "Haitian=HT", "Malian=ML", "Chadian=TD", "Dominican=DO");
        assertMentions("Ireland is not Northern Ireland; the Lao PDR and Transjordan are states.", "Ireland=IE",
                "Lao PDR=LA", "Transjordan=JO");
    }

    @Test
    void aHyphenatedLanguageOrAnAdjectiveBeforeNameIsALanguage() {
        assertMentions("They were offered Dutch-language courses and French-speaking schools in the Netherlands.",
                "Netherlands=NL");
        assertMentions("Het schip kreeg de Duitse naam Adler en voer naar Noorwegen.", "Noorwegen=NO");
    }

    @Test
    void aSentenceOpeningConjunctionIsNoFirstName() {
        assertMentions("Terwijl Surinamers en 20 000 Fransen van Lobau's korps wachtten, kwam het Oostenrijks bestuur.",
                "Surinamers=SR", "Fransen=FR", "Oostenrijks=AT");
    }

    @Test
    void aWorkNamedAfterACountryIsToldApartInBrackets() {
        assertMentions("Congo (film) is een Amerikaanse film uit 1995 over gorilla's.", "Amerikaanse=US");
    }

    @Test
    void aDutchAdjectiveBeforeAnEnglishNameDescribesTheBody() {
        assertMentions("Hij sprak voor de Britse Society of Authors en bij de Zwitserse Garde.", "Britse=GB");
    }

    @Test
    void twoHyphenatedAdjectivesAreStatesAndABracketedNoteKeepsALanguage() {
        assertMentions("Zij vochten tegen het Brits-Nederlandse leger.", "Brits=GB", "Nederlandse=NL");
        assertMentions("Het woord luidt in het Chinees (versie vasteland) anders dan in China.", "China=CN");
    }

    @Test
    void oldNamesTitlesAndAStatesPartsInDutch() {
        assertMentions("Tangajika en Boeroendi werden onafhankelijk, Ruanda-Urundi bestond niet meer.", "Tangajika=TZ",
                "Boeroendi=BI");
        assertMentions("Prinses Amalia der Nederlanden bezocht Belgisch-Limburg en de V.S. in één week.",
                "der Nederlanden=NL", "Belgisch-Limburg=BE", "V.S.=US");
    }

    @Test
    void aWarOrGardenNamedAfterACountryIsNoMention() {
        assertMentions("Tijdens de Spaanse Successieoorlog lag de Japanse Tuin er nog niet, maar Spanje wel.",
                "Spanje=ES");
        assertMentions("Zij won Indian Wells; de Zuid-Amerikanen wonnen in Brazilië.", "Brazilië=BR");
    }

    @Test
    void aLanguageAfterAnAdverbOrAsAnAbbreviation() {
        assertMentions("Veel Brusselaars spreken ook Nederlands; de Franse afkorting is anders dan in Frankrijk.",
                "Frankrijk=FR");
        assertMentions("Het Belgisch vorstenhuis komt uit Duitsland.", "Belgisch=BE", "Duitsland=DE");
        assertMentions("De treinen naar Namen en Luxemburg stoppen hier; België en Luxemburg tekenden.", "België=BE",
                "Luxemburg=LU");
    }

    @Test
    void aCountryInADutchOrganisationsOrClubsName() {
        assertMentions("In het VK speelden VK Zonnestraal en de Bond der Leraren, Ouders en Scholieren van België.",
                "VK=GB");
        assertMentions("De Koning van België en de Russin spraken over het Duitse taalgebied.", "België=BE",
                "Russin=RU");
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        Document doc = Annotated.countries("Syrië, Iran en de Democratic Republic of the Congo.");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> Annotated.COUNTRIES.annotate(doc)));
            }
            for (Future<Document> result : results) {
                assertEquals(doc.countries(), result.get().countries());
            }
        } finally {
            pool.shutdown();
        }
    }
}
