package org.hrcmonitor.cli.bench;

import java.util.Map;

/**
 * Medians over the measured runs of {@code hrc bench ingest}.
 *
 * @param baselineSeconds wall time of text extraction alone (Tika/Jsoup), same files, same threads
 * @param ingestSeconds   wall time of full ingestion into a throw-away index
 * @param ratio           ingestSeconds / baselineSeconds: what clean-up, annotation and indexing cost on top
 * @param stageSeconds    time per stage summed over threads (extract, clean, annotate, index)
 */
public record IngestBenchResult(int files, int documents, int failed, double megaChars, int runs, int threads,
                                double baselineSeconds, double ingestSeconds, double documentsPerSecond,
                                double megaCharsPerSecond, double baselineMegaCharsPerSecond, double ratio,
                                Map<String, Double> stageSeconds) {
    public IngestBenchResult {
        stageSeconds = Map.copyOf(stageSeconds);
    }
}
