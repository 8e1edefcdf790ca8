package org.zhsearch.build;

import org.zhsearch.api.Article;
import org.zhsearch.writes.Write;
import org.zhsearch.writes.WriteLog;

/**
 * What an engine supplies to a rebuild ({@link CorpusBuild}): a new, unserved index to fill. Everything else —
 * reading the corpus, threads, counts, skipped files, replaying the write log, the shrink guard, the report — is
 * the pipeline's. Closing a target that was not published discards it; the live index stays.
 */
public interface BuildTarget extends AutoCloseable {
    /**
     * Adds a corpus article; called from several threads at once. {@code firstSeen} is false when an article with
     * this id was added before in this build (a repeated {@code .jsonl} id): it must replace that one.
     */
    void add(Article article, boolean firstSeen);

    /** The calling worker has added all its articles: a chance to write what it buffered while others still work. */
    default void workerDone() {}

    /** The API writes this index must carry (replayed into it with {@link #apply} after the corpus). */
    WriteLog writes();

    /**
     * Applies one replayed write: to the new index, or — when the engine's writer replays the log itself when it
     * switches — only to the count {@link #articles()} reports.
     */
    void apply(Write write);

    /** The replay brought the new index up to the log's number {@code seq} (recorded with it where the engine can). */
    void replayedThrough(long seq);

    /** Articles the new index holds, with the replayed writes. */
    long articles();

    /** Articles the live index holds now (0 when there is none). */
    long liveArticles();

    /**
     * Records the manifest of the corpus files this index was built from, durably with the new index (before
     * {@link #publish}: it goes live with it). An engine without one makes every update a full rebuild.
     */
    void recordManifest(CorpusManifest manifest);

    /** Makes the new index live atomically. */
    void publish();

    @Override
    void close();
}
