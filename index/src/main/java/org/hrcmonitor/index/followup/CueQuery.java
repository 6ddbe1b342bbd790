package org.hrcmonitor.index.followup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.QueryBuilder;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.pipeline.document.Span;

/**
 * A commitment's cues as one Lucene query, each cue a named clause, so that for any document the index can say
 * which cue matched where ({@link NamedMatches}): the evidence's reasons come straight from the postings, with no
 * second analysis of the document's text.
 */
final class CueQuery {
    private final List<Cue> cues;
    private final List<Query> perCue = new ArrayList<>();
    private final Query query;

    CueQuery(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        QueryBuilder builder = new QueryBuilder(Analysis.analyzer());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int i = 0; i < cues.size(); i++) {
            BooleanQuery.Builder forms = new BooleanQuery.Builder();
            cues.get(i).phrases().forEach((language, phrases) -> {
                String field = IndexSchema.bodyField(language);
                for (String phrase : phrases) {
                    Query q = builder.createPhraseQuery(field, phrase);
                    if (q != null) {
                        forms.add(q, BooleanClause.Occur.SHOULD);
                    }
                }
            });
            Query cue = forms.build();
            perCue.add(cue);
            any.add(NamedMatches.wrapQuery(Integer.toString(i), cue), BooleanClause.Occur.SHOULD);
        }
        this.query = any.build();
    }

    List<Cue> cues() {
        return cues;
    }

    /** Any cue: what candidate documents are retrieved with. */
    Query query() {
        return query;
    }

    /** The clause of one cue alone, to count the documents it occurs in. */
    Query of(int cue) {
        return perCue.get(cue);
    }

    /** Where each cue matches in one Lucene document's body text, by cue number; offsets into its stored text. */
    Map<Integer, List<Span>> matches(IndexSearcher searcher, int doc) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        Map<Integer, List<Span>> found = new HashMap<>();
        if (matches == null) {
            return found;
        }
        for (NamedMatches named : NamedMatches.findNamedMatches(matches)) {
            List<Span> spans = found.computeIfAbsent(Integer.parseInt(named.getName()), n -> new ArrayList<>());
            for (String field : IndexSchema.textFields()) {
                MatchesIterator it = named.getMatches(field);
                while (it != null && it.next()) {
                    if (it.startOffset() >= 0) {
                        spans.add(new Span(it.startOffset(), it.endOffset()));
                    }
                }
            }
        }
        found.values().forEach(spans -> spans.sort(Comparator.comparingInt(Span::start)));
        return found;
    }
}
