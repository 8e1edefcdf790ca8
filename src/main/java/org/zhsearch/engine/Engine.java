package org.zhsearch.engine;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.build.BuildTarget;
import org.zhsearch.build.CorpusBuild;

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
     * written through {@link #put} and {@link #delete} survive it.
     */
    default IndexReport rebuild(Path corpus, IndexOptions options, ProgressListener listener) {
        return CorpusBuild.run(corpus, options, listener, () -> newBuild(corpus, options));
    }

    /** A new, empty index of this engine for {@link #rebuild} to fill, not served until published. */
    BuildTarget newBuild(Path corpus, IndexOptions options);

    /** Adds or replaces an article, durably; true when added, false when it replaced one (decided in the write). */
    boolean put(Article article);

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
