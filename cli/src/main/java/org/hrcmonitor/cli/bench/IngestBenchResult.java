package org.hrcmonitor.cli.bench;

import java.util.List;
import java.util.Map;

/**
 * Medians over the measured runs of {@code hrc bench ingest}.
 *
 * @param baselineSeconds wall time of text extraction alone (Tika/Jsoup), same files, same threads
 * @param ingestSeconds   wall time of full ingestion into a throw-away index
 * @param ratio           ingestSeconds / baselineSeconds: what clean-up, annotation and indexing cost on top
 * @param stageSeconds    time per stage summed over threads (extract, clean, annotate, tag, commitments, index)
 * @param taggingShare    tagging's stage time (countries and themes) over all other stages' time: how much tagging
 *                        slows ingestion down
 * @param speedup         full ingest with one thread over full ingest with {@code threads}; 0 when not measured
 * @param peakHeapMegabytes     highest heap in use during the runs, garbage included
 * @param peakLiveHeapMegabytes highest heap left after a collection during the runs: what the runs kept alive
 * @param baselineRuns    each measured run's extraction time, in run order: the floor varies more between runs than
 *                        the full ingest does, and its median alone hides that
 * @param ingestRuns      each measured run's full ingest time, in run order
 */
public record IngestBenchResult(int files, int documents, int failed, double megaChars, int runs, int threads,
                                double baselineSeconds, double ingestSeconds, double documentsPerSecond,
                                double megaCharsPerSecond, double baselineMegaCharsPerSecond, double ratio,
                                Map<String, Double> stageSeconds, double taggingShare, double speedup, double peakHeapMegabytes,
                                double peakLiveHeapMegabytes, List<Double> baselineRuns, List<Double> ingestRuns) {
    public IngestBenchResult {
        stageSeconds = Map.copyOf(stageSeconds);
        baselineRuns = List.copyOf(baselineRuns);
        ingestRuns = List.copyOf(ingestRuns);
    }
}
