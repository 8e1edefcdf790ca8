package org.zhsearch.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles. */
final class Latencies {
    private long[] samples = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    synchronized int count() {
        return size;
    }

    /** The mean in milliseconds. */
    synchronized double meanMs() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += samples[i];
        }
        return size == 0 ? Double.NaN : sum / 1e6 / size;
    }

    /** The {@code p}-th percentile (0–100) in milliseconds. */
    synchronized double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int idx = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
        return sorted[idx] / 1e6;
    }
}
