package org.hrcmonitor.index.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.hrcmonitor.models.Language;

/**
 * A body field and its word-pairs field from one analysis of the text. The body's words are kept as Lucene indexes
 * them, and the pairs field pairs those words instead of analysing the whole text a second time: the same pairs as
 * the index analyzer's pairs field gives, for a fifth less indexing time.
 *
 * <p>Lucene indexes a document's fields one after the other in the order they were added, so the pairs field must
 * follow its body field; read first, it fails rather than index nothing.
 */
public final class BodyWithPairs {
    private BodyWithPairs() {}

    /** The two fields, body first, to add to a document in this order. */
    public static List<IndexableField> of(String body, IndexableFieldType bodyType, String pairs,
                                          IndexableFieldType pairsType, String text, Language language) {
        Words words = new Words();
        return List.of(new Field(body, text, bodyType) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return new Recorder(analyzer.tokenStream(name(), text), words);
            }
        }, new Field(pairs, text, pairsType) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return new WordPairFilter(new Replay(words), WordPairFilter.commonWords(language));
            }
        });
    }

    /** The words of one analysis: terms end to end in one buffer, and per word its increment and offsets. */
    private static final class Words {
        char[] chars = new char[1024];
        /** Per word: where its term ends in {@link #chars}, its position increment, start and end offset. */
        int[] table = new int[4 * 256];
        int size;
        int length;
        boolean complete;
        int endIncrement;
        int endOffset;

        void clear() {
            size = 0;
            length = 0;
            complete = false;
        }

        void add(CharTermAttribute term, int increment, int start, int end) {
            if (length + term.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(length + term.length(), 2 * chars.length));
            }
            System.arraycopy(term.buffer(), 0, chars, length, term.length());
            length += term.length();
            if (4 * size + 4 > table.length) {
                table = Arrays.copyOf(table, 2 * table.length);
            }
            int at = 4 * size++;
            table[at] = length;
            table[at + 1] = increment;
            table[at + 2] = start;
            table[at + 3] = end;
        }
    }

    /** Passes the body's words on to Lucene unchanged, keeping a copy. */
    private static final class Recorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Words words;

        Recorder(TokenStream input, Words words) {
            super(input);
            this.words = words;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            words.add(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            words.endIncrement = increment.getPositionIncrement();
            words.endOffset = offset.endOffset();
            words.complete = true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            words.clear();
        }
    }

    /** The recorded words as a token stream. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Words words;
        private int next;

        Replay(Words words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (next == words.size) {
                return false;
            }
            clearAttributes();
            int at = 4 * next;
            int from = next == 0 ? 0 : words.table[at - 4];
            term.copyBuffer(words.chars, from, words.table[at] - from);
            increment.setPositionIncrement(words.table[at + 1]);
            offset.setOffset(words.table[at + 2], words.table[at + 3]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(words.endIncrement);
            offset.setOffset(words.endOffset, words.endOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            if (!words.complete) {
                throw new IllegalStateException("a pairs field was indexed before its body field");
            }
            next = 0;
        }
    }
}
