package org.hrcmonitor.models;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Bounded caches for values that depend on their key alone (a word's stem, a chunk's split into tokens). */
public final class Caches {
    private Caches() {}

    /**
     * At most {@code size} entries, the least used evicted first. The cache's upkeep runs on the calling thread: by
     * default Caffeine hands it to the common fork-join pool, and with both cores busy ingesting, waking that extra
     * thread cost more than the upkeep itself.
     */
    public static <K, V> Cache<K, V> bounded(int size) {
        return Caffeine.newBuilder().maximumSize(size).executor(Runnable::run).build();
    }
}
