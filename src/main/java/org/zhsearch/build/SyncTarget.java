package org.zhsearch.build;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zhsearch.api.Article;
import org.zhsearch.writes.WriteLog;

/**
 * What an engine supplies to an update ({@link CorpusSync}): the live index's corpus manifest, its write log, and
 * corpus writes applied to it in place. Opening one takes what a rebuild takes (one build or update at a time);
 * closing releases it. Searches go on meanwhile.
 */
public interface SyncTarget extends AutoCloseable {
    /** The manifest recorded with the live index, or empty when it has none (then the update rebuilds fully). */
    Optional<CorpusManifest> manifest();

    /** The API writes of this index: an article id written through the API is never changed by an update. */
    WriteLog writes();

    /** Articles the live index holds now. */
    long liveArticles();

    /**
     * Puts (replacing by id) and deletes corpus articles in the live index, durable and visible when this returns.
     * Not API writes: they are not recorded in the write log, so the next rebuild reads them from the corpus again.
     */
    void write(List<Article> puts, Collection<String> deletes);

    /** Records {@code manifest} with the live index, durably; called after the writes it describes. */
    void recordManifest(CorpusManifest manifest);

    @Override
    void close();
}
