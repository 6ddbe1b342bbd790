package org.hrcmonitor.index;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.hrcmonitor.index.analysis.Analyzers;
import org.hrcmonitor.index.analysis.BodyWithPairs;
import org.hrcmonitor.models.Language;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hrcmonitor.pipeline.document.Document;
import org.hrcmonitor.pipeline.document.Section;
import org.hrcmonitor.pipeline.document.Span;

/**
 * The only class that knows the index's field names: it turns a pipeline {@link Document} into Lucene documents and
 * stored fields back into {@link IndexedDocument}s.
 *
 * <p>A document is indexed as one Lucene document plus one per section (a resolution inside a session report) and one
 * per commitment ({@link CommitmentSchema}, which uses the names defined here), added together as a block so that a
 * crash never leaves half a document. Body text is stored once ({@code text}) and indexed per language
 * ({@code text_nl}, {@code text_en}, {@code text_other}), each with its own analysis: in a bilingual document each
 * field sees only its language's sentences, the others blanked to spaces so that offsets still point into the
 * stored text. Queries search all three.
 */
public final class IndexSchema {
    static final String ID = "id";
    static final String UNIT = "unit";
    static final String PARENT = "parent";
    static final String PATH = "path";
    static final String HASH = "hash";
    static final String MEDIA_TYPE = "media_type";
    static final String TITLE = "title";
    static final String KIND = "kind";
    static final String LANG = "lang";
    static final String SYMBOL = "symbol";
    static final String SYMBOL_STORED = "symbol_stored";
    static final String DATE = "date";
    static final String START = "start";
    static final String TEXT_NL = "text_nl";
    static final String TEXT_EN = "text_en";
    static final String TEXT_OTHER = "text_other";
    private static final String TEXT_NL_PAIRS = "text_nl_pairs";
    private static final String TEXT_EN_PAIRS = "text_en_pairs";
    private static final String TEXT = "text";
    static final String COUNTRY = "country";
    static final String THEME = "theme";
    private static final String YEAR = "year";
    /** Order of entry into the index: every put (new or changed file) gets the next number; export cursors use it. */
    private static final String SEQ = "seq";
    /** When the document entered the index (epoch milliseconds). */
    private static final String INGESTED = "ingested";
    private static final String COUNTRY_COUNTS = "country_counts";
    private static final String THEME_COUNTS = "theme_counts";
    /** Sentence offsets with their countries and themes ({@link SentenceLayer}), for exports per sentence. */
    private static final String SENTENCES = "sentences";
    /** Facet dimensions, in the order search output lists them. */
    private static final List<String> FACETS = List.of(COUNTRY, THEME, KIND, LANG, YEAR);
    private static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

    static {
        FACETS_CONFIG.setMultiValued(COUNTRY, true);
        FACETS_CONFIG.setMultiValued(THEME, true);
    }
    static final String[] TEXT_FIELDS = {TEXT_NL, TEXT_EN, TEXT_OTHER};
    /** Fields a query without a field name searches. */
    static final String[] DEFAULT_FIELDS = {TITLE, TEXT_NL, TEXT_EN, TEXT_OTHER};

    private static final String UNIT_DOCUMENT = "document";
    private static final String UNIT_SECTION = "section";
    /** A file that could not be read, remembered with its hash so an unchanged copy is not parsed again. */
    private static final String UNIT_FAILURE = "failure";
    private static final String REASON = "reason";
    /** A commitment found in a document: stored in the document's block, never a search hit (see CommitmentSchema). */
    static final String UNIT_COMMITMENT = "commitment";
    static final String COMMITMENT_ID = "commitment_id";
    static final String COMMITMENT_DOC = "commitment_doc";
    static final String COMMITMENT_DATE = "commitment_date";
    static final String COMMITMENT_COUNTRY = "commitment_country";
    static final String COMMITMENT_THEME = "commitment_theme";
    static final String END = "end";
    static final String SENTENCE = "sentence";
    static final String ACTOR = "actor";
    static final String ACTION = "action";
    static final String PARTNER = "partner";
    static final String QUANTITY = "quantity";
    static final String TIMEFRAME = "timeframe";
    static final String TIMEFRAME_FROM = "timeframe_from";
    static final String TIMEFRAME_TO = "timeframe_to";
    /** Offsets in the postings let the highlighter find passages without re-analysing the stored text. */
    private static final FieldType BODY = new FieldType(TextField.TYPE_NOT_STORED);
    /** Word pairs are only ever matched, never highlighted: positions, no offsets. */
    private static final FieldType PAIRS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.freeze();
        PAIRS.freeze();
    }

    private IndexSchema() {}

    public static Analyzer analyzer() {
        return Analyzers.create(TEXT_NL, TEXT_EN, TEXT_NL_PAIRS, TEXT_EN_PAIRS, List.of(KIND, LANG, SYMBOL, ID, PARENT),
                List.of(PATH));
    }

    /**
     * The document and its sections, in that order, stamped with the entry sequence number and time that the writer
     * assigned.
     */
    public static List<org.apache.lucene.document.Document> toLucene(Document doc, Entry entry) throws IOException {
        List<org.apache.lucene.document.Document> block = new ArrayList<>();
        block.add(fields(doc.id(), null, doc, doc.title(), doc.kind().id(), doc.symbol(), new Span(0, doc.text().length())));
        int number = 1;
        for (Section s : doc.sections()) {
            block.add(fields(IndexedDocument.sectionId(doc.id(), number++), doc.id(), doc, s.title(), s.kind().id(),
                    s.symbol(), s.span()));
        }
        for (org.apache.lucene.document.Document d : block) {
            d.add(new LongPoint(SEQ, entry.seq()));
            d.add(new StoredField(SEQ, entry.seq()));
            d.add(new NumericDocValuesField(SEQ, entry.seq()));
            long millis = entry.time().toEpochMilli();
            d.add(new LongPoint(INGESTED, millis));
            d.add(new StoredField(INGESTED, millis));
        }
        List<org.apache.lucene.document.Document> built = new ArrayList<>();
        for (org.apache.lucene.document.Document d : block) {
            built.add(FACETS_CONFIG.build(d));
        }
        // not stamped with an entry number: exports and ingest reports count documents, not their commitments
        doc.commitments().forEach(c -> built.add(CommitmentSchema.toLucene(doc, c)));
        return built;
    }

    private static org.apache.lucene.document.Document fields(String id, String parent, Document doc, String title,
                                                              String kind, String symbol, Span part) {
        int start = part.start();
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StringField(UNIT, parent == null ? UNIT_DOCUMENT : UNIT_SECTION, Field.Store.NO));
        if (parent != null) {
            d.add(new StringField(PARENT, parent, Field.Store.YES));
            d.add(new StoredField(START, start));
        }
        d.add(new StringField(PATH, doc.path(), Field.Store.YES));
        d.add(new StringField(HASH, doc.hash(), Field.Store.YES));
        d.add(new StoredField(MEDIA_TYPE, doc.mediaType()));
        d.add(new TextField(TITLE, title, Field.Store.YES));
        keyword(d, KIND, kind);
        keyword(d, LANG, doc.language());
        if (symbol != null) {
            d.add(new StringField(SYMBOL, symbol.toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new StoredField(SYMBOL_STORED, symbol));
        }
        if (doc.date() != null) {
            long day = doc.date().toEpochDay();
            d.add(new LongPoint(DATE, day));
            d.add(new StoredField(DATE, day));
            d.add(new NumericDocValuesField(DATE, day));
        }
        d.add(new SortedSetDocValuesFacetField(KIND, kind));
        d.add(new SortedSetDocValuesFacetField(LANG, doc.language()));
        d.add(new SortedSetDocValuesFacetField(YEAR, doc.date() == null ? "undated" : String.valueOf(doc.date().getYear())));
        Map<String, Integer> countries = Tags.countries(doc, part);
        Map<String, Integer> themes = Tags.themes(doc, part);
        tags(d, COUNTRY, COUNTRY_COUNTS, countries);
        tags(d, THEME, THEME_COUNTS, themes);
        d.add(new StoredField(TEXT, doc.textOf(part)));
        d.add(new StoredField(SENTENCES, SentenceLayer.format(doc, part)));
        LanguageText.split(doc, part).forEach((language, text) -> {
            String body = bodyField(language);
            String pairs = pairsField(body);
            if (pairs == null) {
                d.add(new Field(body, text, BODY));
            } else {
                BodyWithPairs.of(body, BODY, pairs, PAIRS, text, Language.of(language).orElseThrow()).forEach(d::add);
            }
        });
        return d;
    }

    /** The record of a file that failed: only its path, hash and the reason, so it is never a search hit. */
    public static org.apache.lucene.document.Document failure(String path, String hash, String reason) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(UNIT, UNIT_FAILURE, Field.Store.NO));
        d.add(new StringField(PATH, path, Field.Store.YES));
        d.add(new StringField(HASH, hash, Field.Store.YES));
        d.add(new StoredField(REASON, reason));
        return d;
    }

    public static String hashOf(org.apache.lucene.document.Document d) {
        return d.get(HASH);
    }

    /** The reason stored with a failure record, or null for a document or section. */
    public static String failureReason(org.apache.lucene.document.Document d) {
        return d.get(REASON);
    }

    /** A filterable, facetable keyword per distinct tag, and the counts stored for display. */
    private static void tags(org.apache.lucene.document.Document d, String field, String counts, Map<String, Integer> tags) {
        for (String tag : tags.keySet()) {
            d.add(new StringField(field, tag, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(field, tag));
        }
        d.add(new StoredField(counts, Tags.format(tags)));
    }

    private static void keyword(org.apache.lucene.document.Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
    }

    /** The body field that holds text of a language ({@code nl}, {@code en}, anything else). */
    public static String bodyField(String language) {
        return switch (language) {
            case "nl" -> TEXT_NL;
            case "en" -> TEXT_EN;
            default -> TEXT_OTHER;
        };
    }

    /**
     * The field holding a body field's text as neighbouring word pairs, where a quoted phrase is matched fast; null
     * for fields without one (titles, text in other languages), where phrases are matched by word positions.
     */
    public static String pairsField(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case TEXT_NL -> TEXT_NL_PAIRS;
            case TEXT_EN -> TEXT_EN_PAIRS;
            default -> null;
        };
    }

    /** Whether {@code field} holds word pairs, where a single term stands for a two-word phrase. */
    public static boolean isPairsField(String field) {
        return TEXT_NL_PAIRS.equals(field) || TEXT_EN_PAIRS.equals(field);
    }

    /**
     * Whether every part of the index that holds body text also holds its word pairs. An index written before pairs
     * existed (or partly so, until its files are all re-ingested) lacks them, and a phrase matched by pairs there
     * would miss; such an index is searched by word positions, as before.
     */
    public static boolean hasPairs(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfos fields = leaf.reader().getFieldInfos();
            for (String body : List.of(TEXT_NL, TEXT_EN)) {
                if (fields.fieldInfo(body) != null && fields.fieldInfo(pairsField(body)) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** When and in what order a document entered the index. */
    public record Entry(long seq, Instant time) {}

    /** A stored document without its text and sentence layer, the bulk of what is stored. */
    static org.apache.lucene.document.Document withoutBody(StoredFields stored, int doc) throws IOException {
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo field) throws IOException {
                return field.name.equals(TEXT) || field.name.equals(SENTENCES) ? Status.NO : super.needsField(field);
            }
        };
        stored.document(doc, visitor);
        return visitor.getDocument();
    }

    /** A stored document or section without its text: what a hit list shows. */
    public static IndexedDocument summaryOf(StoredFields stored, int doc) throws IOException {
        return fromStored(withoutBody(stored, doc));
    }

    public static IndexedDocument fromStored(org.apache.lucene.document.Document d) {
        var date = d.getField(DATE);
        var start = d.getField(START);
        var seq = d.getField(SEQ);
        var ingested = d.getField(INGESTED);
        return new IndexedDocument(d.get(ID), d.get(PARENT), d.get(PATH), d.get(HASH), d.get(MEDIA_TYPE),
                d.get(TITLE), d.get(KIND), d.get(LANG),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                d.get(SYMBOL_STORED), start == null ? 0 : start.numericValue().intValue(), d.get(TEXT),
                Tags.parse(d.get(COUNTRY_COUNTS)), Tags.parse(d.get(THEME_COUNTS)),
                seq == null ? 0 : seq.numericValue().longValue(),
                ingested == null ? null : Instant.ofEpochMilli(ingested.numericValue().longValue()));
    }

    /**
     * One sentence as a document of its own, to check a query against it alone (in a memory index): its text in its
     * language's body field, plus the keyword fields of the document or section it is part of, so that
     * {@code symbol:}, {@code kind:} and the like still apply. The title is left out: the sentence must hold the
     * words itself.
     */
    public static List<IndexableField> sentenceFields(IndexedDocument unit, String sentence, String language) {
        List<IndexableField> fields = new ArrayList<>();
        fields.add(new StringField(ID, unit.id(), Field.Store.NO));
        if (unit.parent() != null) {
            fields.add(new StringField(PARENT, unit.parent(), Field.Store.NO));
        }
        fields.add(new StringField(PATH, unit.path(), Field.Store.NO));
        fields.add(new StringField(KIND, unit.kind(), Field.Store.NO));
        fields.add(new StringField(LANG, unit.lang(), Field.Store.NO));
        if (unit.symbol() != null) {
            fields.add(new StringField(SYMBOL, unit.symbol().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        fields.add(new TextField(bodyField(language), sentence, Field.Store.NO));
        return fields;
    }

    /** The stored sentences of a document or section, or empty if it was indexed before sentences were stored. */
    public static Optional<List<StoredSentence>> sentencesOf(org.apache.lucene.document.Document d) {
        String stored = d.get(SENTENCES);
        return stored == null ? Optional.empty() : Optional.of(SentenceLayer.parse(stored));
    }

    /** The stored sentences' offsets, {@code start0, end0, start1, ...}, or null if none were stored. */
    public static int[] sentenceOffsetsOf(org.apache.lucene.document.Document d) {
        String stored = d.get(SENTENCES);
        return stored == null ? null : SentenceLayer.offsets(stored);
    }

    public static Query byPath(String path) {
        return new TermQuery(new Term(PATH, path));
    }

    public static Term pathTerm(String path) {
        return new Term(PATH, path);
    }

    public static Query byId(String id) {
        return new TermQuery(new Term(ID, id));
    }

    public static Query byParent(String id) {
        return new TermQuery(new Term(PARENT, id));
    }

    public static Query byHash(String hash) {
        return new TermQuery(new Term(HASH, hash));
    }

    public static Query documentsOnly() {
        return new TermQuery(new Term(UNIT, UNIT_DOCUMENT));
    }

    public static Query failuresOnly() {
        return new TermQuery(new Term(UNIT, UNIT_FAILURE));
    }

    /** What search can return: documents and sections, never failure records or commitments. */
    public static Query documentsAndSections() {
        return new BooleanQuery.Builder()
                .add(documentsOnly(), BooleanClause.Occur.SHOULD)
                .add(sectionsOnly(), BooleanClause.Occur.SHOULD)
                .build();
    }

    public static Query sectionsOnly() {
        return new TermQuery(new Term(UNIT, UNIT_SECTION));
    }

    /** Documents tagged with any of the codes (OR within one kind of filter). */
    public static Query countryIn(List<String> codes) {
        return anyOf(COUNTRY, codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
    }

    public static Query themeIn(List<String> ids) {
        return anyOf(THEME, ids);
    }

    static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        return new ConstantScoreQuery(any.build());
    }

    public static FacetsConfig facetsConfig() {
        return FACETS_CONFIG;
    }

    /** The facet dimensions: country, theme, kind, lang, year. */
    public static List<String> facetDimensions() {
        return FACETS;
    }

    public static Query kindIs(String kind) {
        return new TermQuery(new Term(KIND, kind));
    }

    public static Query languageIs(String lang) {
        return new TermQuery(new Term(LANG, lang));
    }

    /** Documents that entered the index (or changed) after entry number {@code seq}. */
    public static Query enteredAfter(long seq) {
        return LongPoint.newRangeQuery(SEQ, seq + 1, Long.MAX_VALUE);
    }

    /** Documents that entered the index within {@code [from, to)}; either end may be null for an open range. */
    public static Query ingestedBetween(Instant from, Instant to) {
        return LongPoint.newRangeQuery(INGESTED, from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1);
    }

    /** The doc-values field that orders documents by entry, for sorting exports. */
    public static String entryOrderField() {
        return SEQ;
    }

    /** Documents dated within {@code [from, to]}; either end may be null for an open range. */
    public static Query datedBetween(LocalDate from, LocalDate to) {
        return LongPoint.newRangeQuery(DATE, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay());
    }

    /** The stored field holding a document's (or section's) text, which every body field highlights against. */
    public static String storedTextField() {
        return TEXT;
    }

    /** The stored field holding a document's (or section's) sentence layer, read by {@link #sentencesOf}. */
    public static String storedSentencesField() {
        return SENTENCES;
    }

    /** The body fields, where highlighted passages come from. */
    public static String[] textFields() {
        return TEXT_FIELDS.clone();
    }

    /** Fields that a query word without a field name is looked for in. */
    public static String[] defaultFields() {
        return DEFAULT_FIELDS.clone();
    }

    /**
     * The index field a user-facing field name in a query stands for: {@code text} for all body fields (null),
     * {@code symbol}, {@code kind}, {@code lang}, {@code title}, {@code id}, {@code path} as they are.
     */
    public static String queryField(String userField) {
        return switch (userField) {
            case "text" -> null;
            case "title", "kind", "lang", "symbol", "id", "path", "parent" -> userField;
            default -> throw new IllegalArgumentException("unknown field '" + userField
                    + "' (fields: text, title, kind, lang, symbol, id, path, parent)");
        };
    }
}
