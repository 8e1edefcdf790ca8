package org.zhsearch.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;
import org.zhsearch.writes.LatestWrites;
import org.zhsearch.writes.Write;

/**
 * The one rebuild of both engines: checks the corpus, reads its files with {@link IndexOptions#threads()} workers
 * (each takes the next file, parses it and adds its articles to the engine's {@link BuildTarget}), replays the
 * engine's write log, applies the {@link ShrinkGuard}, records the {@link CorpusManifest} of what it read,
 * publishes, and reports counts and skipped files.
 */
public final class CorpusBuild {
    private final Path corpus;
    private final IndexOptions options;
    private final ProgressListener listener;
    private final List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong paragraphs = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, CorpusManifest.FileEntry> manifest = new ConcurrentHashMap<>();

    private CorpusBuild(Path corpus, IndexOptions options, ProgressListener listener) {
        this.corpus = corpus;
        this.options = options;
        this.listener = listener;
    }

    /**
     * Builds {@code corpus} into the target {@code newTarget} opens (only once the corpus is found) and publishes
     * it; on any failure or refusal the target is discarded and the live index stays.
     */
    public static IndexReport run(
            Path corpus, IndexOptions options, ProgressListener listener, Supplier<BuildTarget> newTarget) {
        requireCorpus(corpus);
        Instant start = Instant.now();
        CorpusBuild build = new CorpusBuild(corpus, options, listener);
        try (BuildTarget target = newTarget.get()) {
            build.load(target);
            long through = LatestWrites.replay(target.writes(), Write.BEFORE_ALL, target::apply);
            target.replayedThrough(through);
            ShrinkGuard.check(target.articles(), target.liveArticles(), options);
            target.recordManifest(new CorpusManifest(realPath(corpus), build.manifest));
            target.publish();
        }
        return new IndexReport(
                build.articles.get(),
                build.paragraphs.get(),
                build.chars.get(),
                build.bytes.get(),
                List.copyOf(build.skipped),
                Duration.between(start, Instant.now()));
    }

    static void requireCorpus(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            throw new ZhsearchException(
                    ErrorCode.CORPUS_NOT_FOUND,
                    "corpus directory " + corpus
                            + " does not exist or is not a directory — pass the folder that holds your"
                            + " .txt/.md/.html/.jsonl files");
        }
    }

    /** The corpus folder as a manifest records it: absolute, links resolved (as given if that fails). */
    static String realPath(Path corpus) {
        try {
            return corpus.toRealPath().toString();
        } catch (IOException e) {
            return corpus.toAbsolutePath().normalize().toString();
        }
    }

    private void load(BuildTarget target) {
        CorpusReader reader = new CorpusReader(
                corpus, CorpusReader.DEFAULT_MAX_FILE_BYTES, options.followExternalLinks(), options.fields());
        List<CorpusFile> files = reader.listForBuild(skipped, listener);
        AtomicInteger next = new AtomicInteger();
        Set<String> seenIds = ConcurrentHashMap.newKeySet();
        int threads = Math.min(options.threads(), Math.max(1, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhsearch-indexer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                        read(reader, files.get(i), target, seenIds);
                    }
                    target.workerDone();
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhsearchException(
                    ErrorCode.INTERRUPTED, "indexing was interrupted; the previous index stays live", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ZhsearchException z) {
                throw z;
            }
            throw new ZhsearchException(
                    ErrorCode.INDEX_FAILED, "indexing failed: " + cause + " — the previous index stays live", cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private void read(CorpusReader reader, CorpusFile file, BuildTarget target, Set<String> seenIds) {
        int[] counts = new int[2];
        FileState state = FileState.of(file.path()); // before reading: a change while it is read is seen next time
        // the hash of the very bytes indexed, when the reader reads the file whole (one open per file, not two)
        String[] hash = {null};
        List<String> ids = new ArrayList<>();
        List<SkippedFile> fileSkips = reader.read(
                file,
                article -> {
                    if (!article.paragraphs().isEmpty()) {
                        target.add(article, seenIds.add(article.id()));
                        ids.add(article.id());
                    }
                    counts[0]++;
                    counts[1] += article.paragraphs().size();
                    chars.addAndGet(article.paragraphs().stream()
                            .mapToLong(p -> p.text().length())
                            .sum());
                },
                bytes -> hash[0] = FileState.sha256(bytes));
        for (SkippedFile s : fileSkips) {
            skipped.add(s);
            listener.skipped(s);
        }
        if (state != null && !CorpusSync.skippedWhole(ids, fileSkips)) {
            String sha256 = hash[0] != null ? hash[0] : FileState.sha256(file.path());
            manifest.put(file.id(), new CorpusManifest.FileEntry(state.size(), state.modifiedMillis(), sha256, ids));
        }
        articles.addAndGet(counts[0]);
        paragraphs.addAndGet(counts[1]);
        bytes.addAndGet(file.size());
        listener.fileDone(file.id(), counts[0], counts[1], file.size());
    }
}
