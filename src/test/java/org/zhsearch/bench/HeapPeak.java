package org.zhsearch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of a run: the heap pools' peak usage since {@link #start()} (what the GC saw just before it
 * collected), summed over the pools — an upper bound, since pools peak at different moments — and the largest used
 * heap sampled every 5 ms by a daemon thread (a lower bound).
 */
final class HeapPeak implements AutoCloseable {
    private final Thread sampler;
    private volatile long sampled;
    private volatile boolean running = true;

    private HeapPeak() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running) {
                sampled = Math.max(
                        sampled,
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    static HeapPeak start() {
        return new HeapPeak();
    }

    /** "peak heap: sampled X MB, pool peaks Y MB (max heap Z MB)". */
    String report() {
        long pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        long max = Runtime.getRuntime().maxMemory();
        return "peak heap: sampled %d MB, sum of pool peaks %d MB (max heap %d MB)"
                .formatted(sampled >> 20, pools >> 20, max >> 20);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
