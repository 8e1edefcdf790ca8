package org.zhsearch.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.api.SyncReport;
import org.zhsearch.api.ZhsearchException;

/**
 * Rebuilds the index from the configured corpus in the background, one rebuild at a time. The engine builds a new
 * generation and switches to it atomically, so searches keep using the old index until the new one is complete.
 */
final class Reindexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    /** Where a rebuild is; {@code idle} before the first one. */
    enum State {
        IDLE,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /**
     * A snapshot of the current or last rebuild, as {@code GET /api/admin/reindex} reports it.
     *
     * @param state      {@code idle}, {@code running}, {@code succeeded} or {@code failed}
     * @param startedAt  ISO-8601 instant, or {@code null} when idle
     * @param finishedAt ISO-8601 instant, or {@code null} while running
     * @param elapsedMs  time spent so far (or in total)
     * @param filesTotal corpus files found (0 until the corpus walk is done)
     * @param filesDone  corpus files read
     * @param bytesTotal corpus bytes found
     * @param bytesDone  corpus bytes read
     * @param articles   articles indexed so far
     * @param paragraphs paragraphs indexed so far
     * @param skipped    files or lines skipped so far
     * @param error      why the rebuild failed, or {@code null}
     * @param mode       {@code full} or {@code update}
     * @param sync       what a finished update did ({@code fullRebuild}: the index had no manifest), or {@code null}
     */
    record Status(
            String state,
            String startedAt,
            String finishedAt,
            long elapsedMs,
            long filesTotal,
            long filesDone,
            long bytesTotal,
            long bytesDone,
            long articles,
            long paragraphs,
            long skipped,
            String error,
            String mode,
            SyncReport sync) {}

    /** Progress counters of one rebuild, filled in by indexing threads. */
    private static final class Progress implements ProgressListener {
        final Instant startedAt = Instant.now();
        final AtomicLong filesTotal = new AtomicLong();
        final AtomicLong bytesTotal = new AtomicLong();
        final AtomicLong filesDone = new AtomicLong();
        final AtomicLong bytesDone = new AtomicLong();
        final AtomicLong articles = new AtomicLong();
        final AtomicLong paragraphs = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        volatile State state = State.RUNNING;
        volatile Instant finishedAt;
        volatile String error;
        volatile SyncReport sync;
        final boolean update;

        Progress(boolean update) {
            this.update = update;
        }

        @Override
        public void started(long files, long bytes) {
            filesTotal.set(files);
            bytesTotal.set(bytes);
        }

        @Override
        public void fileDone(String path, int fileArticles, int fileParagraphs, long bytes) {
            filesDone.incrementAndGet();
            bytesDone.addAndGet(bytes);
            articles.addAndGet(fileArticles);
            paragraphs.addAndGet(fileParagraphs);
        }

        @Override
        public void skipped(SkippedFile file) {
            if (!file.kept()) {
                skipped.incrementAndGet();
            }
        }

        Status snapshot() {
            Instant end = finishedAt == null ? Instant.now() : finishedAt;
            return new Status(
                    state.name().toLowerCase(java.util.Locale.ROOT),
                    startedAt.toString(),
                    finishedAt == null ? null : finishedAt.toString(),
                    Duration.between(startedAt, end).toMillis(),
                    filesTotal.get(),
                    filesDone.get(),
                    bytesTotal.get(),
                    bytesDone.get(),
                    articles.get(),
                    paragraphs.get(),
                    skipped.get(),
                    error,
                    update ? "update" : "full",
                    sync);
        }
    }

    private static final Status IDLE = new Status("idle", null, null, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null);

    private final ZhSearch zh;
    private final Path corpus;
    private final double minLiveFraction;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhsearch-reindex");
        t.setDaemon(true);
        return t;
    });
    private Progress current;

    Reindexer(ZhSearch zh, Path corpus, double minLiveFraction) {
        this.zh = zh;
        this.corpus = corpus;
        this.minLiveFraction = minLiveFraction;
    }

    /**
     * Starts a rebuild, or an {@code update}; throws a 409 problem if one is running or no corpus is configured.
     * Unless {@code force}, one that would shrink the index below the configured fraction fails and keeps the live
     * index.
     */
    synchronized Status start(boolean force, boolean update) {
        if (corpus == null) {
            throw new HttpProblem(
                    ErrorCode.REINDEX_UNAVAILABLE,
                    "this server was started without a corpus directory "
                            + "to rebuild from; configure the corpus and restart it");
        }
        if (current != null && current.state == State.RUNNING) {
            throw new HttpProblem(
                    ErrorCode.REINDEX_RUNNING,
                    "a reindex is already running since " + current.startedAt
                            + "; follow it with GET /api/admin/reindex");
        }
        if (zh.buildRunning()) {
            throw new HttpProblem(
                    ErrorCode.BUILD_IN_PROGRESS,
                    "another build of this index is running (a "
                            + "`zhsearch index` command or a second server); wait for it to finish, then reindex again");
        }
        Progress progress = new Progress(update);
        current = progress;
        executor.execute(() -> run(progress, force));
        return progress.snapshot();
    }

    /** Starts an update unless a rebuild or update runs (here or elsewhere): false then, the caller tries later. */
    synchronized boolean startUpdateIfIdle() {
        if (running() || zh.buildRunning()) {
            return false;
        }
        try {
            start(false, true);
            return true;
        } catch (HttpProblem busy) { // another process began a build since the check: try later
            return false;
        }
    }

    synchronized Status status() {
        return current == null ? IDLE : current.snapshot();
    }

    synchronized boolean running() {
        return current != null && current.state == State.RUNNING;
    }

    private void run(Progress progress, boolean force) {
        LOG.info("{} of {} started", progress.update ? "update" : "reindex", corpus);
        try {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            IndexOptions options = IndexOptions.defaults()
                    .withThreads(threads)
                    .withMinLiveFraction(minLiveFraction)
                    .withForce(force)
                    .withUpdate(progress.update);
            IndexReport report = zh.rebuild(corpus, options, progress);
            progress.articles.set(report.articles());
            progress.paragraphs.set(report.paragraphs());
            progress.skipped.set(
                    report.skipped().stream().filter(s -> !s.kept()).count());
            progress.sync = report.sync();
            finish(progress, State.SUCCEEDED, null);
            if (progress.update) {
                return; // CorpusSync logged its one line
            }
            LOG.info(
                    "reindex finished: {} articles, {} paragraphs, {} skipped in {} ms",
                    report.articles(),
                    report.paragraphs(),
                    report.skipped().stream().filter(s -> !s.kept()).count(),
                    report.elapsed().toMillis());
        } catch (ZhsearchException e) {
            LOG.warn("reindex failed: {} {}", e.code(), e.getMessage());
            LOG.debug("reindex failure", e);
            finish(progress, State.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("reindex failed", e);
            finish(progress, State.FAILED, "the reindex failed; the details are in the server log");
        }
    }

    private synchronized void finish(Progress progress, State state, String error) {
        progress.error = error;
        progress.finishedAt = Instant.now();
        progress.state = state;
    }

    /** Interrupts a running rebuild (the previous index stays live) and stops the worker thread. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("the reindex thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
