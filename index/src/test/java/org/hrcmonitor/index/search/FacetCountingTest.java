package org.hrcmonitor.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.hrcmonitor.index.FacetBits;
import org.hrcmonitor.index.IndexReading;
import org.hrcmonitor.index.IndexWriting;
import org.hrcmonitor.index.ingest.Ingester;
import org.hrcmonitor.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets counted from each value's bit set equal Lucene's own counts, on real documents: the sample corpus and three
 * UPR reports (each naming dozens of countries), ingested in two runs so the view has more than one segment.
 */
class FacetCountingTest {
    private static final Path ROOT = Path.of(System.getProperty("hrc.root", "."));
    private static final Path SHARED = Path.of(System.getProperty("hrc.shared", "../shared"));

    @TempDir
    Path dir;

    @Test
    void bitSetsCountWhatLuceneCounts() throws Exception {
        Pipeline pipeline = Pipeline.standard(Duration.ofSeconds(60));
        List<Path> reports;
        try (Stream<Path> files = Files.list(SHARED.resolve("bench-corpus/upr-reports"))) {
            reports = files.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(3).toList();
        }
        for (List<Path> run : List.of(List.of(ROOT.resolve("corpus")), reports)) {
            try (IndexWriting w = IndexWriting.open(dir)) {
                new Ingester(pipeline, 2).run(w, run, r -> { });
            }
        }
        try (IndexReading index = IndexReading.open(dir)) {
            assertTrue(index.reader().leaves().size() > 1, "two runs, two segments at least");
            assertFalse(index.facetBits().isPresent(), "a view's first count reads values");
            FacetBits bits = index.facetBits().orElseThrow();
            int compared = 0;
            for (String query : List.of("", "human rights", "\"freedom of expression\"", "mensenrechten",
                    "torture OR detention", "women AND girls")) {
                FacetsCollector matches = index.searcher().search(
                        Searcher.withFilters(QueryParsing.parse(query), SearchRequest.of(query)),
                        new FacetsCollectorManager());
                Map<String, List<FacetCount>> expected = FacetCounting.countValues(index.facetState(), matches, 20);
                assertEquals(expected, FacetCounting.countBits(index.facetState(), bits, matches, 20), query);
                compared += expected.get("country").size();
            }
            assertTrue(compared > 60, "countries compared: " + compared);
        }
    }
}
