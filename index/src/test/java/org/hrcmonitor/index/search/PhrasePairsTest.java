package org.hrcmonitor.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.hrcmonitor.index.Docs;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexSchema;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.index.analysis.Analyzers;
import org.hrcmonitor.pipeline.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases matched on word pairs find exactly what matching by word positions finds, on real Dutch and English text:
 * the seed letter and the sample corpus's English UPR note, one document per paragraph. Only pairs of common words
 * are indexed ({@code WordPairFilter}), at the positions all pairs would have.
 */
class PhrasePairsTest {
    private static final Path ROOT = Path.of(System.getProperty("hrc.root", "."));
    private static final Path SHARED = Path.of(System.getProperty("hrc.shared", "../shared"));

    private static final Analyzer ANALYZER = IndexSchema.analyzer();

    @TempDir
    Path dir;

    @Test
    void pairsFindWhatPositionsFind() throws Exception {
        try (IndexWriting w = IndexWriting.open(dir)) {
            put(w, SHARED.resolve("seed/000_179d281dde228d13.txt"), "nl");
            put(w, ROOT.resolve("corpus/other/upr-netherlands-fourth-cycle-note.txt"), "en");
        }
        List<String> phrases = List.of(
                "\"mensenrechten\"", "\"de Mensenrechtenraad\"", "\"vrijheid van meningsuiting\"",
                "\"het Koninkrijk der Nederlanden\"", "\"zal het Koninkrijk\"", "\"in de Raad\"", "\"van de\"",
                "\"niet bestaande woorden hier\"", "\"human rights\"", "\"the Netherlands\"",
                "\"national human rights institution\"", "\"recommendations of the\"", "\"the Government of the\"",
                "\"freedom of expression\"", "\"of the\"", "\"Aruba, Curaçao and Sint Maarten\"",
                "\"Universal Periodic Review\"", "Nederland \"human rights\"", "\"human rights\"~3");
        try (IndexReading r = IndexReading.open(dir)) {
            assertTrue(r.hasPairs());
            int nonEmpty = 0;
            for (String phrase : phrases) {
                Query pairs = QueryParsing.parse(phrase, true);
                Set<Integer> byPairs = docs(r.searcher(), pairs);
                assertEquals(docs(r.searcher(), QueryParsing.parse(phrase, false)), byPairs, phrase);
                nonEmpty += byPairs.isEmpty() ? 0 : 1;
            }
            assertTrue(nonEmpty >= 10, "most phrases occur: " + nonEmpty);
            assertTrue(QueryParsing.parse("\"national human rights institution\"", true).toString().contains("_pairs"));
            assertFalse(QueryParsing.parse("\"human rights\"~3", true).toString().contains("_pairs"));
            // words too rare to be paired are matched by positions, which checks only the documents holding them
            assertFalse(QueryParsing.parse("\"Aruba, Curaçao and Sint Maarten\"", true).toString().contains("_pairs"));
        }
    }

    @Test
    void onlyPairsOfCommonWordsAreIndexedAtTheirOwnPositions() {
        String text = "The Working Group reviewed the Netherlands, including Aruba, Curaçao and Sint Maarten, "
                + "and the protection of human rights defenders.";
        String body = IndexSchema.bodyField("en");
        List<PhrasePairs.Pair> all = PhrasePairs.read(Analyzers.pairsOf(ANALYZER.tokenStream(body, text)));
        List<PhrasePairs.Pair> kept = PhrasePairs.read(ANALYZER.tokenStream(IndexSchema.pairsField(body), text));
        assertTrue(kept.stream().anyMatch(p -> p.term().equals("human right")), kept.toString());
        assertTrue(all.stream().anyMatch(p -> p.term().equals("aruba curaçao")), all.toString());
        assertTrue(kept.stream().noneMatch(p -> p.term().contains("curaçao") || p.term().contains("aruba")));
        assertTrue(kept.size() < all.size());
        assertTrue(all.containsAll(kept), "a pair kept keeps its position");
    }

    @Test
    void dutchPairsUseTheDutchList() {
        String body = IndexSchema.bodyField("nl");
        List<PhrasePairs.Pair> kept = PhrasePairs.read(ANALYZER.tokenStream(IndexSchema.pairsField(body),
                "Het kabinet zal de mensenrechten in Curaçao bevorderen."));
        assertTrue(kept.stream().anyMatch(p -> p.term().equals("_ mensrecht")), kept.toString());
        assertTrue(kept.stream().noneMatch(p -> p.term().contains("curaçao")), kept.toString());
    }

    @Test
    void anIndexWithoutPairsIsSearchedByPositions() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
            org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
            old.add(new TextField(IndexSchema.bodyField("en"), "freedom of expression", Field.Store.NO));
            w.addDocument(old);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertFalse(IndexSchema.hasPairs(reader));
        }
    }

    private static void put(IndexWriting w, Path file, String lang) throws Exception {
        int n = 0;
        for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                w.put(Docs.of(file + "#" + n++, lang, Kind.OTHER, null, null, paragraph.strip()));
            }
        }
    }

    private static Set<Integer> docs(IndexSearcher searcher, Query query) throws Exception {
        Set<Integer> found = new HashSet<>();
        for (ScoreDoc sd : searcher.search(query, 10_000).scoreDocs) {
            found.add(sd.doc);
        }
        return found;
    }
}
