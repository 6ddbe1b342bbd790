package org.hrcmonitor.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hrcmonitor.index.IndexSchema;

/**
 * What the highlighter found in a page of hits, per hit, from whichever language field each hit has text in: either
 * short snippets with {@code <mark>}s (search, exports) or the offsets of every match (exports per sentence).
 */
public final class Highlights {
    /** Matches beyond this far into a document are not highlighted; a report's first 2 M characters suffice. */
    private static final int MAX_HIGHLIGHT_CHARS = 2_000_000;

    private final Map<String, String[]> byField;
    private final Map<Integer, Document> documents;

    private Highlights(Map<String, String[]> byField, Map<Integer, Document> documents) {
        this.byField = byField;
        this.documents = documents;
    }

    /** Up to {@code perHit} snippets per hit, each around matches in one sentence. */
    public static Highlights snippets(IndexSearcher searcher, Query text, TopDocs hits, int perHit) throws IOException {
        return run(searcher, text, hits, perHit, new Snippets(), null);
    }

    /** The offsets of all matches of each hit (one passage over the whole text, formatted as offsets). */
    public static Highlights matches(IndexSearcher searcher, Query text, TopDocs hits) throws IOException {
        return run(searcher, text, hits, 1, new MatchOffsets(), MatchOffsets::wholeText);
    }

    /**
     * A hit's stored fields, text and sentences included, as loaded to highlight it; empty for a document not loaded.
     * Loading it again would decompress its whole text a second time.
     */
    public Optional<Document> stored(int doc) {
        return Optional.ofNullable(documents.get(doc));
    }

    /** The snippets of the i-th hit of the page. */
    public List<String> snippets(int hit) {
        List<String> out = new ArrayList<>();
        for (String[] perHit : byField.values()) {
            out.addAll(Snippets.split(perHit[hit]));
        }
        return out;
    }

    /** Start and end offsets of the matches of the i-th hit, in its stored text, in text order. */
    public List<int[]> offsets(int hit) {
        List<int[]> out = new ArrayList<>();
        for (String[] perHit : byField.values()) {
            out.addAll(MatchOffsets.parse(perHit[hit]));
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    private static Highlights run(IndexSearcher searcher, Query text, TopDocs hits, int perHit,
                                             PassageFormatter formatter, Supplier<java.text.BreakIterator> breaks)
            throws IOException {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
                .withFormatter(formatter)
                .withScorer(new PassageScoring())
                .withMaxLength(MAX_HIGHLIGHT_CHARS);
        if (breaks != null) {
            builder.withBreakIterator(breaks);
        }
        SharedTextHighlighter highlighter = new SharedTextHighlighter(builder, searcher, breaks == null);
        // a field no document has would be highlighted by re-analysing the shared text: it would echo another field
        FieldInfos indexed = FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
        String[] fields = Arrays.stream(IndexSchema.textFields()).filter(f -> indexed.fieldInfo(f) != null)
                .toArray(String[]::new);
        int[] max = new int[fields.length];
        Arrays.fill(max, perHit);
        Map<String, String[]> byField = highlighter.highlightFields(fields, text, hits, max);
        return new Highlights(byField, highlighter.loaded());
    }
}
