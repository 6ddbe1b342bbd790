package org.hrcmonitor.models.lemma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcmonitor.models.conllu.UdSentence;
import org.hrcmonitor.models.conllu.UdToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LemmaDictionaryTest {

    private static String table;
    private static LemmaDictionary dictionary;

    @BeforeAll
    static void build() throws IOException {
        List<UdSentence> sentences = List.of(new UdSentence("s1", null, List.of(
                new UdToken("Schendingen", "schending", "NOUN", true),
                new UdToken("schendingen", "schending", "NOUN", true),
                new UdToken("schendingen", "schendingen", "NOUN", true),
                new UdToken("verdedigers", "verdediger", "NOUN", true),
                new UdToken("werken", "werk", "NOUN", true),
                new UdToken("werken", "werken", "VERB", true),
                new UdToken("werken", "werken", "VERB", true))));
        StringWriter out = new StringWriter();
        new LemmaDictionaryBuilder().add(sentences).write(out);
        table = out.toString();
        dictionary = LemmaDictionary.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesTheMajorityLemmaPerFormAndTagSorted() {
        assertEquals("""
                schendingen\tNOUN\tschending\t3
                verdedigers\tNOUN\tverdediger\t1
                werken\tNOUN\twerk\t1
                werken\tVERB\twerken\t2
                """, table);
    }

    @Test
    void looksUpFormAndTagCaseInsensitively() {
        assertEquals("verdediger", dictionary.lemma("Verdedigers", "NOUN"));
        assertEquals("werk", dictionary.lemma("werken", "NOUN"));
        assertEquals("werken", dictionary.lemma("werken", "VERB"));
    }

    @Test
    void fallsBackToTheFormsMostFrequentLemmaUnderAnotherTag() {
        assertEquals("werken", dictionary.lemma("werken", "ADJ"));
    }

    @Test
    void lemmatizesUnknownCompoundsByTheirKnownHead() {
        assertEquals("mensenrechtenschending", dictionary.lemma("mensenrechtenschendingen", "NOUN"));
        assertEquals("mensenrechtenverdediger", dictionary.lemma("Mensenrechtenverdedigers", "NOUN"));
    }

    @Test
    void keepsUnknownProperNounsAndLowercasesOtherUnknownWords() {
        assertArrayEquals(new String[] {"Genève", "onbekend", "1980"},
                dictionary.lemmatize(new String[] {"Genève", "Onbekend", "1980"}, new String[] {"PROPN", "ADV", "NUM"}));
    }

    @Test
    void withoutATagTakesTheFormsMostFrequentLemmaOrItsHeads() {
        assertEquals("werken", dictionary.lemma("Werken"));
        assertEquals("mensenrechtenverdediger", dictionary.lemma("mensenrechtenverdedigers"));
        assertEquals(null, dictionary.lemma("onbekend"));
    }
}
