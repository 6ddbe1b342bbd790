package org.hrcmonitor.pipeline.tag.country;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hrcmonitor.pipeline.tag.TagEvaluation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hrcmonitor.pipeline.document.CountryMention;
import org.junit.jupiter.api.Test;

/**
 * The tagger against the hand-labelled sentences in {@code corpus/.gold}: a line's predicted countries are the codes
 * of the mentions found in its text. Misses and extras are printed (Surefire keeps them in the test's output file)
 * so a change in score can be traced to lines.
 */
class CountryEvaluationTest {

    static TagEvaluation evaluate(String goldFile) throws IOException {
        List<Set<String>> gold = new ArrayList<>();
        List<Set<String>> predicted = new ArrayList<>();
        for (GoldSet.Line line : GoldSet.read(GoldSet.file(goldFile))) {
            Set<String> found = Annotated.countries(line.text()).countries().stream()
                    .map(CountryMention::code).collect(Collectors.toCollection(TreeSet::new));
            if (!found.equals(new TreeSet<>(line.countries()))) {
                System.out.println(goldFile + ": expected " + new TreeSet<>(line.countries()) + " found " + found
                        + " in: " + line.text());
            }
            gold.add(line.countries());
            predicted.add(found);
        }
        TagEvaluation result = TagEvaluation.of(gold, predicted);
        System.out.println(goldFile + ": " + result);
        return result;
    }

    @Test
    void devSetMeetsTheBar() throws IOException {
        TagEvaluation dev = evaluate("countries-dev.jsonl");
        assertTrue(dev.precision() >= 0.95, dev::toString);
        assertTrue(dev.recall() >= 0.95, dev::toString);
    }

    /**
     * This set was labelled before the tagger first ran on it. Its first run measured P=0.943 (tp=50 fp=3) R=0.962
     * (fn=2): the misses showed two general gaps, a list of language adjectives ("de Chinese, ... de Russische ...
     * tekst") and possessives ("Egypt’s"), which are now handled, so it scores 1.0 but is no longer held out:
     * {@code countries-test2.jsonl} is. Since the organisation rule it misses "de Nederlandse Zorgautoriteit" (labelled
     * NL here, none in the later themes-test2-nl): R=0.981.
     */
    @Test
    void firstTestSetMeetsTheBar() throws IOException {
        TagEvaluation test = evaluate("countries-test.jsonl");
        assertTrue(test.precision() >= 0.95, test::toString);
        assertTrue(test.recall() >= 0.95, test::toString);
    }

    /**
     * The held-out set: 62 sentences from documents no other set uses, labelled before the tagger ever ran on them
     * (Dutch partly from the Alpino test treebank, which no model trains on). Its errors were never looked at. First
     * run: P=0.950 R=0.916. Second run, after adding three gaps listed before this set existed (peoples such as
     * "Syrians"/"Chinezen", countries inside hyphenated compounds, possessives): P=0.953 (tp=81 fp=4) R=0.976 (fn=2).
     * Third run, after the round on themes-test6-nl's Dutch errors (organisations, languages in lists and as subjects):
     * P=0.988 (fp=1) R=0.976. That round's output also listed this set's errors, so it is no longer strictly unseen.
     */
    @Test
    void heldOutSetMeetsTheBar() throws IOException {
        TagEvaluation test = evaluate("countries-test2.jsonl");
        assertTrue(test.precision() >= 0.95, test::toString);
        assertTrue(test.recall() >= 0.95, test::toString);
    }

    /**
     * 150 sentences of UPR reports and UN documents, labelled blind: held out at P 0.971 R 0.957 (one score before and
     * after the round on countries-test3-nl). Its errors then showed English adjectives the rules did not derive
     * ("Samoan", "Haitian", "Chadian"), "Lao PDR", "Northern Ireland" and "Dutch-language"; now P 0.986 R 0.986.
     */
    @Test
    void englishUnSetMeetsTheBar() throws IOException {
        TagEvaluation test = evaluate("countries-test4-en.jsonl");
        assertTrue(test.precision() >= 0.95, test::toString);
        assertTrue(test.recall() >= 0.95, test::toString);
    }

    /**
     * Countries in the Dutch theme sets (treebank news and Wikipedia, parliament, laws; themes-test3-nl labelled by
     * someone who had not seen the tagger). Before Dutch peoples were derived by rule ("Brazilianen", "Hongaren"),
     * lower-case peoples, hyphenless spellings ("SaoediArabië") and race names ("de Ronde van Italië") were handled,
     * recall was 0.875 to 0.962 and themes-test3-nl scored P 0.950 R 0.905; held-out themes-test4-nl scored P 1.000
     * R 0.857 (6 of 7: "de Rus", one of a people, was missed), held-out themes-test5-nl P 0.867 R 0.929 ("de
     * Japanners" missed; "de Franse Gemeenschap" and the house "Oostenrijk-Este" taken for FR and AT), held-out
     * themes-test6-nl P 0.818 R 0.947 (the Low Countries' "Nederlandse gewesten", a biblical "Israël", the "US Open"
     * and the kingdom of 1815 taken for GB; a development set since). A Dutch regulator, "de Nederlandse
     * Zorgautoriteit", is no mention, as themes-test2-nl labels it (the older countries-test labels it NL). Each set
     * has P and R 1.000 but themes-test6-nl (P 0.950): since a bare "Kongo", the Belgian colony's old spelling, is
     * read as the DRC, the Angolan city "M'banza-Kongo" is too.
     *
     * <p>countries-test3-nl (150 treebank sentences, 67 naming a country) was held out until its errors were read:
     * P 0.870 R 0.895 at first, 0.907 / 0.933 after the round on themes-test6-nl. Its errors showed a bare "Congo" and
     * "Kongo" read as the Republic, languages standing alone ("eerder Grieks dan Egyptisch", "Frans als eerste
     * taal"), colonies ("Portugees-Kongo"), "Britse/Nederlandse", "hertog Frans van ...", "het Belgisch
     * Kampioenschap", "de Argentijnen" and Luxemburg in a list of cities; now P 1.000 R 1.000.
     *
     * <p>countries-test4-nl (150 treebank sentences, 72 naming a country, 65 codes) was then held out and scored twice
     * before its errors were read: P 0.907 R 0.951 before that round, 0.925 / 0.961 after it. Its errors: peoples
     * after a sentence's first word ("Terwijl Surinamers"), "Transjordanië", "Noord-Ierse", "de Duitse naam",
     * "het Oostenrijks bestuur", a company, a pre-colonial kingdom and principalities; now P 0.971 R 1.000 (left: a
     * linguistic "Franse invloed", a historical "Macedonische" movement, a Brazilian town "Congo (Paraíba)").
     *
     * <p>countries-test5-nl (150 treebank sentences, 77 naming a country) was held out next: P 0.803 R 0.925 with the
     * tagger of the day before, 0.935 / 0.953 after the rounds on test3-nl and test4-nl. Its errors: works and notes
     * in brackets ("Congo (film)", "Chinees (versie vasteland)"), "het Brits-Nederlandse leger", a Dutch adjective
     * before an English name ("de Britse Society"), the Swiss Guard, "Vaticaanse", "het Koninkrijk Holland", the
     * Kingdom of Serbs, Croats and Slovenes; now P 0.981 R 0.991.
     *
     * <p>countries-test6-nl (200 treebank and law sentences, 98 naming a country) was held out next: P 0.921 R 0.921
     * with the tagger of the day before, 0.916 / 0.940 after the rounds on test3, test4 and test5-nl. Its errors: old
     * names (Tangajika, Boeroendi, "der Nederlanden", "de V.S."), a war and a garden named by an adjective, Indian
     * Wells, South Americans, parts of states (Belgisch-Limburg), "spreken ook Nederlands", "Franse afkorting", "het
     * Belgisch vorstenhuis" and Luxemburg beside a city; now P 0.974 R 0.987.
     *
     * <p>countries-test7-nl (158 treebank sentences, 62 naming a country) was held out next: P 0.854 R 0.959 with the
     * tagger of the day before, 0.923 / 0.986 after the test6-nl round. Its errors: a club "VK Elzestraat", a union
     * "Bond der ... van België", "het Duitse taalgebied", "de Russin"; now P 0.961 R 1.000 (left: an award, a comic's
     * title, a plant).
     */
    @Test
    void dutchSetsMeetTheBar() throws IOException {
        for (String set : List.of("themes-dev2-nl.jsonl", "themes-dev3-nl.jsonl", "themes-test2-nl.jsonl",
                "themes-test3-nl.jsonl", "themes-test4-nl.jsonl", "themes-test5-nl.jsonl", "themes-test6-nl.jsonl",
                "countries-test3-nl.jsonl", "countries-test4-nl.jsonl", "countries-test5-nl.jsonl",
                "countries-test6-nl.jsonl", "countries-test7-nl.jsonl")) {
            TagEvaluation result = evaluate(set);
            assertTrue(result.precision() >= 0.95 && result.recall() >= 0.95, () -> set + ": " + result);
        }
    }
}
