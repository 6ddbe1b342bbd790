package org.hrcmonitor.models.conllu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class OpenNlpSamplesTest {

    private static UdSentence sentence(String id, String text, String... forms) {
        List<UdToken> tokens = new ArrayList<>();
        for (int i = 0; i < forms.length; i++) {
            boolean lastBeforeDot = i + 1 < forms.length && forms[i + 1].equals(".");
            tokens.add(new UdToken(forms[i], forms[i].toLowerCase(), "X", !lastBeforeDot));
        }
        return new UdSentence(id, text, tokens);
    }

    @Test
    void joinsConsecutiveSentencesOfAParagraphIntoOneSample() {
        List<SentenceSample> samples = OpenNlpSamples.sentences(List.of(
                sentence("d.p.1.s.1", "Eerste zin.", "Eerste", "zin", "."),
                sentence("d.p.1.s.2", "Tweede.", "Tweede", "."),
                sentence("d.p.2.s.1", "Derde.", "Derde", ".")));
        assertEquals(2, samples.size());
        assertEquals("Eerste zin. Tweede.", samples.get(0).getDocument());
        assertArrayEquals(new Span[] {new Span(0, 11), new Span(12, 19)}, samples.get(0).getSentences());
        assertEquals("Derde.", samples.get(1).getDocument());
    }

    @Test
    void tokenSamplesFollowSpaceAfter() {
        TokenSample sample = OpenNlpSamples.tokens(List.of(sentence("d.p.1.s.1", null, "Zie", "art", "."))).get(0);
        assertEquals("Zie art.", sample.getText());
        assertArrayEquals(new Span[] {new Span(0, 3), new Span(4, 7), new Span(7, 8)}, sample.getTokenSpans());
    }
}
