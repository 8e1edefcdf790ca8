package org.zhsearch.engine;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.build.BuildTarget;
import org.zhsearch.build.CorpusBuild;
import org.zhsearch.build.CorpusSync;
import org.zhsearch.build.SyncTarget;

/**
 * What the facade needs from a search engine: store paragraphs, find them by an {@link EngineQuery}, return them.
 * Everything engine-neutral — validating requests, parsing queries, synonym expansion, relaxation, highlighting,
 * snippets — happens above this interface ({@code org.zhsearch.search}); an engine maps the query tree to its own
 * query language in one class and returns stored paragraphs with scores. Implementations are thread-safe.
 */
public interface Engine extends Closeable {
    /**
     * Builds {@code corpus} into a new index and makes it live atomically when complete (a failure or a refused
     * rebuild leaves the live one), through the one pipeline of both engines ({@link CorpusBuild}). Articles
     * written through {@link #put} and {@link #delete} survive it. With {@link IndexOptions#update()} it updates
     * the live index in place instead ({@link CorpusSync}), reading only the files changed since its manifest.
     */
    default IndexReport rebuild(Path corpus, IndexOptions options, ProgressListener listener) {
        if (options.update() && formatProblem() == null) { // an index of another format is rebuilt whole
            IndexOptions full = options.withUpdate(false);
            return CorpusSync.run(
                    corpus, options, listener, () -> newSync(options), () -> rebuild(corpus, full, listener));
        }
        return CorpusBuild.run(corpus, options, listener, () -> newBuild(corpus, options));
    }

    /** A new, empty index of this engine for {@link #rebuild} to fill, not served until published. */
    BuildTarget newBuild(Path corpus, IndexOptions options);

    /** The live index, held for an update ({@link CorpusSync}) as a rebuild holds its index until closed. */
    SyncTarget newSync(IndexOptions options);

    /** Adds or replaces an article, durably; true when added, false when it replaced one (decided in the write). */
    boolean put(Article article);

    /**
     * Adds or replaces {@code articles} in order, each whole or not at all, durably and visible when this returns;
     * one result per article, in order. An article the engine refuses is an {@code error} result and the others are
     * still written. This default writes them one by one (a store that fails refuses each article from then on);
     * engines override it to store the batch with one flush, and then a failure of the whole store (a full disk)
     * throws and none of the batch is kept.
     */
    default List<PutResult> putAll(List<Article> articles) {
        List<PutResult> results = new ArrayList<>(articles.size());
        for (Article a : articles) {
            try {
                results.add(PutResult.written(a.id(), put(a)));
            } catch (ZhsearchException e) {
                results.add(PutResult.failed(a.id(), e));
            }
        }
        return results;
    }

    /** Deletes an article, durably; false when there was none. */
    boolean delete(String id);

    /**
     * Opens one state of the index for the reads of one request (search, count, facets, related, suggestions);
     * the caller closes it. Prefer {@link #read}, which closes it and starts again when the state is lost.
     */
    EngineSnapshot snapshot();

    /**
     * Runs {@code work} on one {@link #snapshot()}, closed afterwards; when the engine loses the snapshot
     * ({@link EngineSnapshot.Lost}) the work runs again on a new one, at most {@value #READ_TRIES} times in all.
     */
    default <T> T read(Function<EngineSnapshot, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (EngineSnapshot snapshot = snapshot()) {
                return work.apply(snapshot);
            } catch (EngineSnapshot.Lost e) {
                if (attempt >= READ_TRIES) {
                    throw e;
                }
            }
        }
    }

    /** Snapshots {@link #read} tries before a lost one is the request's error. */
    int READ_TRIES = 3;

    /** The whole article with this id, if stored (one consistent read of its paragraphs). */
    Optional<Article> article(String id);

    /** Article and paragraph counts, size and build time. */
    IndexStats stats();

    /** Whether searches and writes can be served now. */
    Health health();

    /** Makes every acknowledged change visible to searches now (normally automatic within a second). */
    void refresh();

    /**
     * Makes this process the index's one writer now instead of at its first write (the server, so a second server
     * fails at start and the journal is replayed at once); {@code index_locked} names the process that is.
     */
    default void becomeWriter() {}

    /**
     * Why the index cannot be used with the configured declared fields — one was built as another type (its values
     * are indexed as that type) — or {@code null} when it can. A rebuild records the new types.
     */
    default String fieldTypeProblem() {
        return null;
    }

    /**
     * Why this version cannot search the index — it was built by another version whose terms it would read
     * differently ({@link IndexFormat}) — or {@code null} when it can. A rebuild replaces the index.
     */
    default String formatProblem() {
        return null;
    }

    /** True while another process builds this index (so a rebuild asked for now would be refused). */
    default boolean buildRunning() {
        return false;
    }

    @Override
    void close();

    /**
     * @param serving      a searcher can be acquired (a liveness check that reads nothing from disk)
     * @param writeFailure why writes cannot be accepted now, or {@code null} when they can
     */
    record Health(boolean serving, String writeFailure) {}
}
