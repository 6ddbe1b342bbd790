package org.hrcmonitor.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The highest heap use while something runs, sampled every few milliseconds on a daemon thread. Two figures: heap in
 * use (garbage included, so it mostly shows how lazily the collector works with the heap it was given) and heap left
 * after the last collection (close to what the program really keeps alive, the figure to plan {@code -Xmx} by).
 */
final class HeapPeak implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 10;

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long used;
    private volatile long afterCollection;

    HeapPeak() {
        sampler = new Thread(this::sample, "hrc-heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long inUse = 0;
            long kept = 0;
            for (MemoryPoolMXBean pool : pools) {
                inUse += pool.getUsage().getUsed();
                MemoryUsage collected = pool.getCollectionUsage();
                kept += collected == null ? 0 : collected.getUsed();
            }
            used = Math.max(used, inUse);
            afterCollection = Math.max(afterCollection, kept);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    double usedMegabytes() {
        return used / 1e6;
    }

    double afterCollectionMegabytes() {
        return afterCollection / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
