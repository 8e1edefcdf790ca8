package org.zhsearch.engine.opensearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.build.CorpusManifest;
import org.zhsearch.build.SyncTarget;
import org.zhsearch.writes.Write;
import org.zhsearch.writes.WriteLog;

/**
 * The OpenSearch engine's {@link SyncTarget}: corpus articles written to the index behind the alias as a rebuild
 * writes them (version 0, so an API write's paragraphs, versioned higher, are never overwritten), and the manifest
 * recorded for that index in {@link CorpusStore}. Like a rebuild, it is not locked against other processes.
 */
final class CorpusSyncTarget implements SyncTarget {
    private final ArticleWrites writes;
    private final WritesStore store;
    private final CorpusStore corpus;
    private final IndexNames names;
    private final String alias;

    CorpusSyncTarget(ArticleWrites writes, WritesStore store, CorpusStore corpus, IndexNames names, String alias) {
        this.writes = writes;
        this.store = store;
        this.corpus = corpus;
        this.names = names;
        this.alias = alias;
    }

    @Override
    public Optional<CorpusManifest> manifest() {
        return names.aliasExists() ? corpus.read(writes.indexBehindAlias()) : Optional.empty();
    }

    @Override
    public WriteLog writes() {
        store.ensureExists();
        long checkpoint = store.checkpoint(); // as a rebuild's replay: read before the refresh
        store.refresh();
        return (after, each) -> {
            store.forEachAfter(after, recorded -> each.accept(recorded.write()));
            return checkpoint;
        };
    }

    @Override
    public long liveArticles() {
        return names.articlesIn(alias);
    }

    @Override
    public void write(List<Article> puts, Collection<String> deletes) {
        List<WritesStore.Recorded> batch = new ArrayList<>();
        puts.forEach(a -> batch.add(new WritesStore.Recorded(new Write.Put(a, IndexBuild.CORPUS_SEQ), 0)));
        deletes.forEach(id -> batch.add(new WritesStore.Recorded(new Write.Delete(id, IndexBuild.CORPUS_SEQ), 0)));
        ArticleWrites.Applied applied = writes.applyLiveAll(batch);
        if (!applied.refused().isEmpty()) {
            throw new ZhsearchException(
                    ErrorCode.INDEX_FAILED,
                    "OpenSearch refused corpus articles of the update: " + applied.refused()
                            + " — the manifest was not recorded; fix the files and update again");
        }
    }

    @Override
    public void recordManifest(CorpusManifest manifest) {
        corpus.write(writes.indexBehindAlias(), manifest);
    }

    @Override
    public void close() {
        // nothing held: writes are versioned, not locked
    }
}
