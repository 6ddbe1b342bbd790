package org.hrcmonitor.index.followup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexedCommitment;
import org.hrcmonitor.index.IndexedDocument;
import org.hrcmonitor.pipeline.document.Span;

/**
 * Finds the passages of later documents that share most with a commitment.
 *
 * <p>Two steps: the index retrieves candidate documents and sections dated after the commitment's document with a
 * query made of all its cues ({@link CueQuery}); then each candidate document's passages are scored by which cues
 * they hold ({@link PassageScoring}). A resolution in a session report is found as a section, but its passages are
 * taken from the whole report, so the paragraph that says who introduced it counts too.
 */
final class EvidenceFinder {
    /** Units retrieved per commitment, and the distinct documents of those whose passages are scored. */
    private static final int CANDIDATES = 50;
    private static final int DOCUMENTS = 10;
    private static final int PER_DOCUMENT = 3;

    private final IndexReading index;
    private final IndexSearcher searcher;
    /** Sentences per document id: a session report is cut once, not once per commitment. */
    private final Map<String, List<Span>> sentences = new HashMap<>();

    EvidenceFinder(IndexReading index) {
        this.index = index;
        this.searcher = index.searcher();
    }

    /** One commitment's author, query and scoring, built once and used for search and for named evidence. */
    private record Prepared(String author, CueQuery query, PassageScoring scoring) {}

    /** The best passages, best first, at most {@code limit}. */
    List<Evidence> find(IndexedCommitment c, int limit) throws IOException {
        Prepared p = prepare(c);
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(p.query().query(), BooleanClause.Occur.MUST)
                .add(IndexSchema.documentsAndSections(), BooleanClause.Occur.FILTER)
                .add(IndexSchema.byId(c.documentId()), BooleanClause.Occur.MUST_NOT)
                .add(IndexSchema.byParent(c.documentId()), BooleanClause.Occur.MUST_NOT);
        if (c.documentDate() != null) {
            q.add(IndexSchema.datedBetween(c.documentDate().plusDays(1), null), BooleanClause.Occur.FILTER);
        }
        TopDocs top = searcher.search(q.build(), CANDIDATES);
        Set<String> documents = new LinkedHashSet<>();
        for (ScoreDoc sd : top.scoreDocs) {
            IndexedDocument unit = IndexSchema.fromStored(searcher.storedFields().document(sd.doc));
            if (documents.size() < DOCUMENTS) {
                documents.add(unit.parent() == null ? unit.id() : unit.parent());
            }
        }
        List<Evidence> found = new ArrayList<>();
        for (String id : documents) {
            Optional<Located> doc = locate(id);
            if (doc.isPresent()) {
                Map<Integer, List<Span>> matches = p.query().matches(searcher, doc.get().number());
                boolean byAuthor = byAuthor(p.author(), doc.get().doc());
                for (PassageScoring.Scored s : p.scoring().best(doc.get().doc().text(), sentencesOf(doc.get().doc()),
                        matches, byAuthor, PER_DOCUMENT)) {
                    found.add(evidence(doc.get(), s));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Evidence::score).reversed().thenComparing(Evidence::id));
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** The passage an evidence id names, scored for this commitment; empty if its document is no longer indexed. */
    Optional<Evidence> byId(IndexedCommitment c, String evidenceId) throws IOException {
        Optional<Located> doc = locate(EvidenceId.documentOf(evidenceId));
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        String text = doc.get().doc().text();
        List<Span> sentences = sentencesOf(doc.get().doc());
        int offset = EvidenceId.offsetOf(evidenceId);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() == offset) {
                Prepared p = prepare(c);
                Map<Integer, List<Span>> matches = p.query().matches(searcher, doc.get().number());
                return Optional.of(evidence(doc.get(), p.scoring().score(text, sentences.get(i),
                        Passages.window(sentences, i), matches, byAuthor(p.author(), doc.get().doc()))));
            }
        }
        return Optional.empty();
    }

    private List<Span> sentencesOf(IndexedDocument doc) {
        return sentences.computeIfAbsent(doc.id(), id -> Passages.sentences(doc.text()));
    }

    /** Whether the commitment's author wrote a document: a later letter of the same government. */
    private static boolean byAuthor(String author, IndexedDocument doc) {
        return author != null && "letter".equals(doc.kind()) && author.equals(Cues.authorOfLetter(doc.lang()));
    }

    private Prepared prepare(IndexedCommitment c) throws IOException {
        CueQuery query = new CueQuery(Cues.of(c));
        // sections count as documents here: a session report is one document but fifty resolutions, and a word
        // all of them have says little about any of them
        double units = searcher.count(IndexSchema.documentsAndSections());
        double[] weights = new double[query.cues().size()];
        for (int i = 0; i < weights.length; i++) {
            Query inUnits = new BooleanQuery.Builder().add(query.of(i), BooleanClause.Occur.MUST)
                    .add(IndexSchema.documentsAndSections(), BooleanClause.Occur.FILTER).build();
            weights[i] = 1 + Math.log((units + 1) / (searcher.count(inUnits) + 1));
        }
        return new Prepared(Cues.authorOf(c), query, new PassageScoring(query.cues(), weights));
    }

    /** A document as stored, with its Lucene number and sections. */
    private record Located(IndexedDocument doc, int number, List<IndexedDocument> sections) {}

    private Optional<Located> locate(String documentId) throws IOException {
        TopDocs top = searcher.search(new BooleanQuery.Builder()
                .add(IndexSchema.byId(documentId), BooleanClause.Occur.FILTER)
                .add(IndexSchema.documentsOnly(), BooleanClause.Occur.FILTER).build(), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int number = top.scoreDocs[0].doc;
        return Optional.of(new Located(IndexSchema.fromStored(searcher.storedFields().document(number)), number,
                index.sections(documentId)));
    }

    private static Evidence evidence(Located located, PassageScoring.Scored s) {
        IndexedDocument doc = located.doc();
        IndexedDocument in = located.sections().stream()
                .filter(sec -> sec.start() <= s.center().start() && s.center().start() < sec.start() + sec.text().length())
                .findFirst().orElse(doc);
        return new Evidence(EvidenceId.of(doc.id(), s.center().start()), doc.id(), in == doc ? null : in.id(),
                in.title(), in.kind(), doc.date(), in.symbol() == null ? doc.symbol() : in.symbol(), doc.path(),
                s.window().start(), s.window().end(), s.window().of(doc.text()), s.score(),
                s.reasons(), null);
    }
}
