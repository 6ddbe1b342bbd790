package org.hrcmonitor.index;

import static org.hrcmonitor.index.IndexSchema.ACTION;
import static org.hrcmonitor.index.IndexSchema.ACTOR;
import static org.hrcmonitor.index.IndexSchema.COMMITMENT_COUNTRY;
import static org.hrcmonitor.index.IndexSchema.COMMITMENT_DATE;
import static org.hrcmonitor.index.IndexSchema.COMMITMENT_DOC;
import static org.hrcmonitor.index.IndexSchema.COMMITMENT_ID;
import static org.hrcmonitor.index.IndexSchema.COMMITMENT_THEME;
import static org.hrcmonitor.index.IndexSchema.END;
import static org.hrcmonitor.index.IndexSchema.HASH;
import static org.hrcmonitor.index.IndexSchema.LANG;
import static org.hrcmonitor.index.IndexSchema.PARTNER;
import static org.hrcmonitor.index.IndexSchema.PATH;
import static org.hrcmonitor.index.IndexSchema.QUANTITY;
import static org.hrcmonitor.index.IndexSchema.SENTENCE;
import static org.hrcmonitor.index.IndexSchema.START;
import static org.hrcmonitor.index.IndexSchema.TIMEFRAME;
import static org.hrcmonitor.index.IndexSchema.TIMEFRAME_FROM;
import static org.hrcmonitor.index.IndexSchema.TIMEFRAME_TO;
import static org.hrcmonitor.index.IndexSchema.UNIT;
import static org.hrcmonitor.index.IndexSchema.UNIT_COMMITMENT;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hrcmonitor.pipeline.document.Commitment;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Sentence;
import org.hrcmonitor.pipeline.document.TimeFrame;

/**
 * The commitment unit of the index: one Lucene document per commitment, in its document's block, so a re-ingest
 * replaces a document's commitments with the document and {@code hrc commitments} filters without re-annotating.
 *
 * <p>A commitment unit carries the document's path and hash (so replacing by path and the "is this file known?" check
 * treat it like the rest of the block) but no id, title, body text, entry number or facet: searches, statistics and
 * exports never see it. Field names are {@link IndexSchema}'s.
 */
public final class CommitmentSchema {
    private CommitmentSchema() {}

    static org.apache.lucene.document.Document toLucene(Document doc, Commitment c) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(UNIT, UNIT_COMMITMENT, Field.Store.NO));
        d.add(new StringField(COMMITMENT_ID, c.id(), Field.Store.YES));
        d.add(new StringField(COMMITMENT_DOC, doc.id(), Field.Store.YES));
        d.add(new StringField(PATH, doc.path(), Field.Store.YES));
        d.add(new StringField(HASH, doc.hash(), Field.Store.YES));
        d.add(new StringField(LANG, languageOf(doc, c), Field.Store.YES));
        if (doc.date() != null) {
            d.add(new StoredField(COMMITMENT_DATE, doc.date().toEpochDay()));
        }
        d.add(new StoredField(START, c.sentence().start()));
        d.add(new StoredField(END, c.sentence().end()));
        d.add(new StoredField(SENTENCE, doc.textOf(c.sentence()).strip().replaceAll("\\s+", " ")));
        d.add(new StoredField(ACTOR, c.actor()));
        d.add(new StoredField(ACTION, c.action()));
        c.partners().forEach(p -> d.add(new StoredField(PARTNER, p)));
        c.quantities().forEach(q -> d.add(new StoredField(QUANTITY, q)));
        c.countries().forEach(code -> d.add(new StringField(COMMITMENT_COUNTRY, code, Field.Store.YES)));
        c.themes().forEach(theme -> d.add(new StringField(COMMITMENT_THEME, theme, Field.Store.YES)));
        TimeFrame t = c.timeframe();
        if (t != null) {
            d.add(new StoredField(TIMEFRAME, t.text()));
            if (t.from() != null) {
                d.add(new StoredField(TIMEFRAME_FROM, t.from().toEpochDay()));
            }
            if (t.to() != null) {
                d.add(new StoredField(TIMEFRAME_TO, t.to().toEpochDay()));
            }
        }
        return d;
    }

    /** The language of the sentence the commitment stands in, else the document's. */
    private static String languageOf(Document doc, Commitment c) {
        for (Sentence s : doc.sentences()) {
            if (s.span().start() <= c.sentence().start() && c.sentence().start() < s.span().end()) {
                return s.language();
            }
        }
        return doc.language() == null ? "other" : doc.language();
    }

    public static IndexedCommitment fromStored(org.apache.lucene.document.Document d) {
        String timeframe = d.get(TIMEFRAME);
        return new IndexedCommitment(d.get(COMMITMENT_ID), d.get(COMMITMENT_DOC), day(d, COMMITMENT_DATE), d.get(LANG),
                d.getField(START).numericValue().intValue(), d.getField(END).numericValue().intValue(),
                d.get(SENTENCE), d.get(ACTOR), d.get(ACTION), values(d, PARTNER),
                timeframe == null ? null : new TimeFrame(timeframe, day(d, TIMEFRAME_FROM), day(d, TIMEFRAME_TO)),
                values(d, QUANTITY), values(d, COMMITMENT_COUNTRY), values(d, COMMITMENT_THEME));
    }

    private static LocalDate day(org.apache.lucene.document.Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    private static List<String> values(org.apache.lucene.document.Document d, String field) {
        return Arrays.asList(d.getValues(field));
    }

    /** Every commitment in the index. */
    public static Query all() {
        return new TermQuery(new Term(UNIT, UNIT_COMMITMENT));
    }

    public static Query byId(String id) {
        return new TermQuery(new Term(COMMITMENT_ID, id));
    }

    /**
     * Commitments matching every given filter (null or empty: no filter): found in this document, addressing any of
     * these themes, naming any of these countries.
     */
    public static Query matching(String documentId, List<String> themes, List<String> countries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(all(), BooleanClause.Occur.FILTER);
        if (documentId != null) {
            b.add(new TermQuery(new Term(COMMITMENT_DOC, documentId)), BooleanClause.Occur.FILTER);
        }
        if (!themes.isEmpty()) {
            b.add(IndexSchema.anyOf(COMMITMENT_THEME, themes), BooleanClause.Occur.FILTER);
        }
        if (!countries.isEmpty()) {
            b.add(IndexSchema.anyOf(COMMITMENT_COUNTRY, countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
