package org.zhsearch.build;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.api.SyncReport;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;
import org.zhsearch.writes.LatestWrites;
import org.zhsearch.writes.Write;

/**
 * The one update of both engines: walks the corpus, compares it with the live index's {@link CorpusManifest} (same
 * size and time: unchanged, unread; else the bytes' hash decides), reads only added and changed files, writes
 * their articles, deletes the articles of removed files and the ids a changed file no longer has, and records the
 * new manifest. The index then equals a full rebuild's: an id the write log holds keeps its API write.
 *
 * <p>Crash-safe by idempotence: the manifest is recorded after the writes, and writes replace or delete by id, so
 * an update interrupted anywhere leaves the old manifest, and the next one reads the same files again and converges.
 */
public final class CorpusSync {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusSync.class);
    /** Articles written per call to the target: memory stays bounded however many files changed. */
    private static final int BATCH = 200;

    private final Path corpus;
    private final IndexOptions options;
    private final ProgressListener listener;
    private final List<SkippedFile> skipped = new ArrayList<>();
    private final Map<String, Article> pending = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private final Set<String> apiIds = new HashSet<>();
    private long articles;
    private long paragraphs;
    private long chars;
    private long bytes;
    private long apiKept;

    private CorpusSync(Path corpus, IndexOptions options, ProgressListener listener) {
        this.corpus = corpus;
        this.options = options;
        this.listener = listener;
    }

    /**
     * Updates the live index from {@code corpus} through the target {@code newTarget} opens; runs {@code rebuild}
     * instead when the index has no manifest. A removal of more than the {@link ShrinkGuard} allows is refused (the
     * added and changed files' articles are written by then; the manifest stays the old one).
     */
    public static IndexReport run(
            Path corpus,
            IndexOptions options,
            ProgressListener listener,
            Supplier<SyncTarget> newTarget,
            Supplier<IndexReport> rebuild) {
        CorpusBuild.requireCorpus(corpus);
        try (SyncTarget target = newTarget.get()) {
            Optional<CorpusManifest> manifest = target.manifest();
            if (manifest.isPresent()) {
                return new CorpusSync(corpus, options, listener).sync(target, manifest.get());
            }
        }
        LOG.warn(
                "the index has no corpus manifest (built before updates existed, or its last build failed):"
                        + " rebuilding it fully from {}",
                corpus);
        return rebuild.get().withSync(SyncReport.rebuiltInstead());
    }

    private IndexReport sync(SyncTarget target, CorpusManifest old) {
        Instant start = Instant.now();
        CorpusReader reader = new CorpusReader(
                corpus, CorpusReader.DEFAULT_MAX_FILE_BYTES, options.followExternalLinks(), options.fields());
        List<CorpusFile> files = reader.listForBuild(skipped, listener);
        long through = target.writes().forEachAfter(Write.BEFORE_ALL, w -> apiIds.add(w.id()));
        Map<String, CorpusManifest.FileEntry> next = new HashMap<>();
        Set<String> gone = new HashSet<>(); // ids of removed and changed files, before
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (CorpusFile file : files) {
            CorpusManifest.FileEntry was = old.files().get(file.id());
            FileState state = FileState.of(file.path());
            if (state != null && state.sameAs(was)) {
                next.put(file.id(), was);
                unchanged++;
                listener.fileDone(file.id(), 0, 0, file.size());
                continue;
            }
            String hash = FileState.sha256(file.path());
            if (state != null && was != null && !hash.isEmpty() && hash.equals(was.sha256())) {
                next.put(
                        file.id(),
                        new CorpusManifest.FileEntry(state.size(), state.modifiedMillis(), hash, was.articles()));
                unchanged++;
                listener.fileDone(file.id(), 0, 0, file.size());
                continue;
            }
            if (was != null) {
                gone.addAll(was.articles());
            }
            List<String> ids = read(reader, file, target);
            if (ids == null) {
                continue; // skipped whole: not in the manifest, so the next update tries it again and reports it
            } else if (was == null) {
                added++;
            } else {
                changed++;
            }
            if (state != null) { // unreadable now: left out, so the next update reads it again
                next.put(file.id(), new CorpusManifest.FileEntry(state.size(), state.modifiedMillis(), hash, ids));
            }
        }
        flush(target);
        int removed = 0;
        Set<String> listed = new HashSet<>();
        files.forEach(f -> listed.add(f.id()));
        for (Map.Entry<String, CorpusManifest.FileEntry> e : old.files().entrySet()) {
            if (!listed.contains(e.getKey())) {
                removed++;
                gone.addAll(e.getValue().articles());
            }
        }
        CorpusManifest manifest = new CorpusManifest(CorpusBuild.realPath(corpus), next);
        Set<String> deletes = new HashSet<>(gone);
        deletes.removeAll(manifest.articleIds());
        apiKept += deletes.stream().filter(apiIds::contains).count();
        deletes.removeAll(apiIds);
        long live = target.liveArticles();
        Set<String> before = old.articleIds();
        long newIds = written.stream().filter(id -> !before.contains(id)).count();
        ShrinkGuard.check(live + newIds - deletes.size(), live, options);
        List<String> deleting = List.copyOf(deletes);
        for (int from = 0; from < deleting.size(); from += BATCH) { // batches: a removed folder may be most of it
            target.write(List.of(), deleting.subList(from, Math.min(deleting.size(), from + BATCH)));
        }
        reapplyApiWritesSince(target, through, deletes);
        target.recordManifest(manifest);
        SyncReport sync =
                new SyncReport(false, added, changed, removed, unchanged, written.size(), deletes.size(), apiKept);
        LOG.info(
                "updated the index from {}: {} files added, {} changed, {} removed, {} unchanged; {} articles written,"
                        + " {} deleted",
                corpus,
                added,
                changed,
                removed,
                unchanged,
                written.size(),
                deletes.size());
        return new IndexReport(
                articles, paragraphs, chars, bytes, skipped, Duration.between(start, Instant.now()), sync);
    }

    /**
     * Reads one added or changed file, writing its articles in batches; returns the ids it produced, or null when
     * the file was skipped whole.
     */
    private List<String> read(CorpusReader reader, CorpusFile file, SyncTarget target) {
        List<String> ids = new ArrayList<>();
        int[] counts = new int[2];
        List<SkippedFile> fileSkips = reader.read(file, article -> {
            counts[0]++;
            counts[1] += article.paragraphs().size();
            chars += article.paragraphs().stream()
                    .mapToLong(p -> p.text().length())
                    .sum();
            if (article.paragraphs().isEmpty()) {
                return; // as a rebuild: not indexed, and an older article of the id is deleted
            }
            ids.add(article.id());
            if (apiIds.contains(article.id())) {
                apiKept++;
                return;
            }
            pending.put(article.id(), article);
            if (pending.size() >= BATCH) {
                flush(target);
            }
        });
        for (SkippedFile s : fileSkips) {
            skipped.add(s);
            listener.skipped(s);
        }
        articles += counts[0];
        paragraphs += counts[1];
        bytes += file.size();
        listener.fileDone(file.id(), counts[0], counts[1], file.size());
        return skippedWhole(ids, fileSkips) ? null : ids;
    }

    /** A file that gave no article and a skip that is not a repair: it is not recorded, so it is tried again. */
    static boolean skippedWhole(List<String> ids, List<SkippedFile> skips) {
        return ids.isEmpty() && skips.stream().anyMatch(s -> !s.kept());
    }

    private void flush(SyncTarget target) {
        if (!pending.isEmpty()) {
            target.write(List.copyOf(pending.values()), List.of());
            written.addAll(pending.keySet());
            pending.clear();
        }
    }

    /**
     * An API write of an id this update wrote, recorded after the update read the log, may have been overwritten by
     * the corpus's article: its latest API write is applied again, as a rebuild's replay would.
     */
    private void reapplyApiWritesSince(SyncTarget target, long through, Set<String> deleted) {
        LatestWrites.replay(target.writes(), through, w -> {
            if (written.contains(w.id()) || deleted.contains(w.id())) {
                switch (w) {
                    case Write.Put put -> target.write(List.of(put.article()), List.of());
                    case Write.Delete delete -> target.write(List.of(), List.of(delete.id()));
                }
            }
        });
    }
}
