package org.hrcmonitor.models.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {

    private static final String CURRENT = """
            # sent_id = doc-1.p.2.s.3
            # text = Hij nam het mee.
            1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_
            2\tnam\tmee_nemen\tVERB\t_\t_\t0\troot\t_\t_
            3\thet\thet\tPRON\t_\t_\t2\tobj\t_\t_
            4\tmee\tmee\tADP\t_\t_\t2\tcompound:prt\t_\tSpaceAfter=No
            5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

            """;

    private static final String OLD = """
            # wiki-659.p.13.s.1.xml
            1\tOfficiële\tOfficieel\tADJ\t_\t_\t2\tamod\t_\t_
            2\tsite\tsite\tNOUN\t_\t_\t0\troot\t_\t_
            """;

    @Test
    void readsWordsLemmasWithoutUnderscoresAndSpaceAfter() throws IOException {
        List<UdSentence> sentences = read(CURRENT);
        assertEquals(1, sentences.size());
        UdSentence sentence = sentences.get(0);
        assertEquals("doc-1.p.2.s.3", sentence.id());
        assertEquals("doc-1.p.2", sentence.paragraphId());
        assertEquals("Hij nam het mee.", sentence.text());
        assertEquals(new UdToken("nam", "meenemen", "VERB", true), sentence.tokens().get(1));
        assertEquals("Hij nam het mee.", sentence.surface());
        assertEquals("Hij nam het mee .", sentence.tokenString());
    }

    @Test
    void takesTheIdOfTheOldFileFromItsBareComment() throws IOException {
        UdSentence sentence = read(OLD).get(0);
        assertEquals("wiki-659.p.13.s.1", sentence.id());
        assertNull(sentence.text());
    }

    @Test
    void rejectsLinesWithoutTenColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("1\tonly\tthree\n"));
        assertEquals("Not a 10-column CoNLL-U word line in test: 1\tonly\tthree", e.getMessage());
    }

    static List<UdSentence> read(String conllu) throws IOException {
        return ConlluReader.read(new BufferedReader(new StringReader(conllu)), "test");
    }
}
