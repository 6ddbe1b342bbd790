package org.hrcmonitor.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.models.Language;
import org.junit.jupiter.api.Test;

/**
 * The pairs are those Lucene's shingle filter makes (two words, a filler for removed ones), term for term, position
 * for position, offset for offset, on real Dutch and English text and on the edge cases of removed words at either
 * end; with a common-word list, exactly the pairs of two common words are left, each where it was among all pairs.
 * Pairs made from a body field's recorded words are those the index analyzer makes from the text.
 */
class WordPairsTest {
    private static final Path SHARED = Path.of(System.getProperty("hrc.shared", "../shared"));
    private static final Analyzer ANALYZER = IndexSchema.analyzer();

    @Test
    void everyPairIsTheShingleFiltersPair() throws IOException {
        List<String> edges = List.of("", "the", "of the", "rights", "human rights", "the rights", "rights of", "rights of the",
                "the freedom of the press, of the media and of the", "x y z", "to be or not to be");
        for (String text : edges) {
            assertEquals(shingles("en", text), read(new WordPairFilter(words("en", text))), text);
        }
        for (String[] real : realTexts()) {
            List<Token> expected = shingles(real[0], real[1]);
            assertTrue(expected.size() > 1_000, "a real text of many words");
            assertEquals(expected, read(new WordPairFilter(words(real[0], real[1]))));
        }
    }

    @Test
    void onlyPairsOfCommonWordsAreKeptAtTheirPositionsAmongAllPairs() throws IOException {
        for (String[] real : realTexts()) {
            Language language = Language.of(real[0]).orElseThrow();
            CharArraySet common = WordPairFilter.commonWords(language);
            List<Token> all = positioned(shingles(real[0], real[1]));
            List<Token> expected = new ArrayList<>();
            for (Token pair : all) {
                String[] words = pair.term().split(" ");
                if (isCommon(common, words[0]) && isCommon(common, words[1])) {
                    expected.add(pair);
                }
            }
            List<Token> kept = positioned(read(new WordPairFilter(words(real[0], real[1]), common)));
            assertEquals(expected, kept);
            assertTrue(kept.size() > 100 && kept.size() < all.size(), kept.size() + " of " + all.size());
        }
    }

    @Test
    void theEndCountsThePairsLeftOutAfterTheLastOneKept() throws IOException {
        String text = "human rights in Curaçao and Aruba";
        CharArraySet common = WordPairFilter.commonWords(Language.EN);
        try (TokenStream s = new WordPairFilter(words("en", text), common)) {
            PositionIncrementAttribute increment = s.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            assertTrue(s.incrementToken(), "human right");
            assertTrue(s.incrementToken(), "right _");
            assertEquals(1, increment.getPositionIncrement());
            assertFalse(s.incrementToken(), "no pair with Curaçao or Aruba");
            s.end();
            assertEquals(3, increment.getPositionIncrement(), "\"_ curaçao\", \"curaçao _\", \"_ aruba\" left out");
            assertEquals(text.length(), offset.endOffset());
        }
    }

    @Test
    void thePairsOfTheRecordedBodyAreTheAnalyzersPairs() throws IOException {
        for (String[] real : realTexts()) {
            String body = IndexSchema.bodyField(real[0]);
            String pairs = IndexSchema.pairsField(body);
            Language language = Language.of(real[0]).orElseThrow();
            List<IndexableField> fields = BodyWithPairs.of(body, TextField.TYPE_NOT_STORED, pairs,
                    TextField.TYPE_NOT_STORED, real[1], language);
            // in Lucene's order: the body is indexed first
            assertEquals(read(words(real[0], real[1])), read(fields.get(0).tokenStream(ANALYZER, null)));
            List<Token> replayed = read(fields.get(1).tokenStream(ANALYZER, null));
            assertEquals(read(ANALYZER.tokenStream(pairs, real[1])), replayed);
            assertTrue(replayed.size() > 100, replayed.size() + " pairs");
        }
    }

    @Test
    void pairsIndexedBeforeTheirBodyFail() {
        List<IndexableField> fields = BodyWithPairs.of(IndexSchema.bodyField("en"), TextField.TYPE_NOT_STORED,
                IndexSchema.pairsField(IndexSchema.bodyField("en")), TextField.TYPE_NOT_STORED, "human rights",
                Language.EN);
        assertThrows(IllegalStateException.class, () -> read(fields.get(1).tokenStream(ANALYZER, null)));
    }

    private static boolean isCommon(CharArraySet common, String word) {
        return word.equals(Analyzers.PAIR_FILLER) || common.contains(word);
    }

    /** The seed letter (Dutch) and a UPR working group report on the Netherlands (English). */
    private static List<String[]> realTexts() throws IOException {
        return List.of(new String[] {"nl", text(SHARED.resolve("seed/000_179d281dde228d13.txt"))},
                new String[] {"en", text(SHARED.resolve("corpus/session-records/netherlands2012.txt"))});
    }

    /** Leniently: the English report is in Windows-1252, and a stray replacement character is one more word. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static TokenStream words(String language, String text) {
        return ANALYZER.tokenStream(IndexSchema.bodyField(language), text);
    }

    private static List<Token> shingles(String language, String text) throws IOException {
        ShingleFilter pairs = new ShingleFilter(words(language, text), 2, 2);
        pairs.setTokenSeparator(" ");
        pairs.setOutputUnigrams(false);
        pairs.setFillerToken(Analyzers.PAIR_FILLER);
        return read(pairs);
    }

    /** Every token with its increment and offsets, then the end state as a last token named "(end)". */
    private static List<Token> read(TokenStream stream) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream s = stream) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = s.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                tokens.add(new Token(term.toString(), increment.getPositionIncrement(), offset.startOffset(),
                        offset.endOffset()));
            }
            s.end();
            tokens.add(new Token("(end)", increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
        }
        return tokens;
    }

    /** The pairs with absolute positions in place of increments, without the end state. */
    private static List<Token> positioned(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        int position = -1;
        for (Token t : tokens.subList(0, tokens.size() - 1)) {
            position += t.increment();
            out.add(new Token(t.term(), position, t.start(), t.end()));
        }
        return out;
    }

    private record Token(String term, int increment, int start, int end) {}
}
