package org.zhsearch.cli;

import java.time.Duration;
import java.util.Locale;

/** Human-readable sizes, rates and durations for the CLI's output. */
final class Units {
    private Units() {}

    /** {@code 512 B}, {@code 6.6 KB}, {@code 12.3 MB}, {@code 1.20 GB} (decimal units). */
    static String bytes(long n) {
        if (n < 1_000) {
            return n + " B";
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1e3);
        }
        if (n < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", n / 1e9);
    }

    /** Megabytes (10^6 bytes) per second, e.g. {@code 3.21 MB/s}; three decimals below 0.1 MB/s. */
    static String rate(long bytes, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        double mbs = bytes / 1e6 / seconds;
        return String.format(Locale.ROOT, mbs < 0.1 ? "%.3f MB/s" : "%.2f MB/s", mbs);
    }

    /** {@code 0.8 s}, {@code 12.3 s}, {@code 2 min 05 s}, {@code 1 h 02 min}. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1e3);
        }
        long s = ms / 1000;
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    /** An ETA as {@code m:ss} or {@code h:mm:ss}. */
    static String clock(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** {@code 1 file}, {@code 2 files}. */
    static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
