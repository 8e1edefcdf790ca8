package org.zhsearch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;

/**
 * Shows indexing progress on stderr: on a terminal a bar redrawn in place with {@code \r} (files, paragraphs,
 * MB/s, ETA); otherwise a plain line every two seconds, for logs and cron mail.
 */
final class ProgressReporter implements ProgressListener, AutoCloseable {
    static final long TTY_INTERVAL_MS = 200;
    static final long PLAIN_INTERVAL_MS = 2_000;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean tty;
    private final long startNanos = System.nanoTime();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong paragraphs = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "zhsearch-progress");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running;
    private volatile boolean closed;
    private int lastWidth;

    ProgressReporter(PrintWriter err, boolean tty) {
        this.err = err;
        this.tty = tty;
    }

    @Override
    public void started(long fileCount, long byteCount) {
        files.set(fileCount);
        bytes.set(byteCount);
        if (!tty) {
            line(String.format(
                    Locale.ROOT, "indexing %s (%s)", Units.count(fileCount, "file", "files"), Units.bytes(byteCount)));
        }
        running = true;
        long interval = tty ? TTY_INTERVAL_MS : PLAIN_INTERVAL_MS;
        ticker.scheduleAtFixedRate(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void fileDone(String path, int fileArticles, int fileParagraphs, long fileBytes) {
        articles.addAndGet(fileArticles);
        paragraphs.addAndGet(fileParagraphs);
        bytesDone.addAndGet(fileBytes);
        filesDone.incrementAndGet();
    }

    @Override
    public void skipped(SkippedFile file) {
        if (!file.kept()) {
            skipped.incrementAndGet();
        }
    }

    /** Files read so far (all of them once the build is done). */
    long filesDone() {
        return filesDone.get();
    }

    /** Stops the updates; on a terminal draws the final state of the bar and ends its line. */
    @Override
    public void close() {
        closed = true;
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (tty && running) {
                draw();
                err.print('\n');
                err.flush();
            }
        }
    }

    private void tick() {
        synchronized (this) {
            if (tty) {
                draw();
            } else {
                line(status());
            }
        }
    }

    private void draw() {
        long total = files.get();
        double fraction = total == 0 ? 1 : (double) filesDone.get() / total;
        if (bytes.get() > 0) {
            fraction = (double) bytesDone.get() / bytes.get();
        }
        int filled = (int) Math.round(Math.min(1, fraction) * BAR_WIDTH);
        String text = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status();
        int pad = Math.max(0, lastWidth - text.length());
        err.print("\r" + text + " ".repeat(pad));
        err.flush();
        lastWidth = text.length();
    }

    /** {@code 1,204/2,700 files (45%), 23,456 paragraphs, 3.20 MB/s, ETA 0:12} (an ETA once 1 % is read). */
    String status() {
        long done = bytesDone.get();
        long total = bytes.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "%,d/%,d files (%d%%), %s, %s",
                filesDone.get(),
                files.get(),
                percent,
                Units.count(paragraphs.get(), "paragraph", "paragraphs"),
                Units.rate(done, elapsed)));
        if (done > 0 && done < total && done * 100 >= total) {
            long remaining = (long) ((double) (total - done) / done * elapsed.toNanos() / 1e9);
            sb.append(", ETA ").append(Units.clock(remaining));
        }
        if (skipped.get() > 0) {
            sb.append(", ").append(skipped.get()).append(" skipped");
        }
        if (!closed && files.get() > 0 && filesDone.get() == files.get()) {
            sb.append(", writing the index");
        }
        return sb.toString();
    }

    private void line(String text) {
        err.println(text);
        err.flush();
    }
}
