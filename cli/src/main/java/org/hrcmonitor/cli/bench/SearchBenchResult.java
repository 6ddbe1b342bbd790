package org.hrcmonitor.cli.bench;

import java.util.List;

/**
 * What {@code hrc bench search} measured.
 *
 * @param documents        documents in the index searched
 * @param buildSeconds     time to build that index, or 0 when an existing one was reused
 * @param searches         timed searches (the query mix, repeated), after the warm-up searches
 * @param p50Millis        latency percentiles of one search, highlighting and facets included
 * @param queriesPerSecond timed searches over their total time, one thread
 * @param coldSeconds      median wall time of a fresh {@code hrc search} process, JVM start included
 * @param warmupSearches   searches run first, while the JIT compiles the search code, and their latency: what the
 *                         first searches of a process see, between the cold process and the steady state
 * @param perQuery         each search of the mix with its median and slowest time, to show where the tail comes from
 */
public record SearchBenchResult(String index, int documents, double buildSeconds, int searches, double p50Millis,
                                double p95Millis, double p99Millis, double queriesPerSecond, double coldSeconds,
                                int warmupSearches, double warmupP50Millis, double warmupP99Millis,
                                List<QueryTime> perQuery) {
    /** One search of the mix as {@code hrc search} would be typed, and its times over the timed rounds. */
    public record QueryTime(String search, double medianMillis, double maxMillis) {}
}
