package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.build.CorpusManifest;
import org.zhsearch.build.SyncTarget;
import org.zhsearch.schema.Fields;
import org.zhsearch.writes.WriteLog;

/**
 * The embedded engine's {@link SyncTarget}: an update writes corpus articles into the served generation, in place,
 * committed like an API write but not journalled (a rebuild reads them from the corpus again). Holds the home's
 * build lock, as a rebuild does, and needs this process to be the writer: with a server running, update through it.
 */
public final class CorpusWrites implements SyncTarget {
    private final LiveIndex index;
    private final IndexHome.BuildLock lock;

    private CorpusWrites(LiveIndex index, IndexHome.BuildLock lock) {
        this.index = index;
        this.lock = lock;
    }

    /** Takes the build lock and becomes the writer, or throws {@code index_locked} saying where to update. */
    public static CorpusWrites open(LiveIndex index) {
        IndexHome.BuildLock lock = index.home().lockForBuild();
        try {
            index.becomeWriter();
            index.refresh(); // follow a generation published just before: the update applies to the newest
        } catch (ZhsearchException e) {
            lock.close();
            if (e.errorCode() == ErrorCode.INDEX_LOCKED) {
                throw new ZhsearchException(
                        ErrorCode.INDEX_LOCKED,
                        e.getMessage() + " — an update writes the live index, so it runs in its writer: ask the"
                                + " running server (POST /api/admin/reindex?mode=update), or stop it first",
                        e);
            }
            throw e;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return new CorpusWrites(index, lock);
    }

    @Override
    public Optional<CorpusManifest> manifest() {
        return ManifestFile.of(index);
    }

    @Override
    public WriteLog writes() {
        return index.journalFile();
    }

    @Override
    public long liveArticles() {
        return index.withSearcher(s -> {
            try {
                return (long) s.count(new TermQuery(new Term(Fields.FIRST, Fields.YES)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void write(List<Article> puts, Collection<String> deletes) {
        synchronized (index) { // as the API's writes: one commit at a time
            ArticleWrites writes = new ArticleWrites(index);
            try {
                Generation g = writes.writable();
                Analysis analysis = index.analysis().get();
                for (Article a : puts) {
                    g.writer()
                            .updateDocuments(
                                    new Term(Fields.ARTICLE_ID, a.id()),
                                    ParagraphDocuments.of(a, analysis, index.declared()));
                }
                for (String id : deletes) {
                    g.writer().deleteDocuments(new Term(Fields.ARTICLE_ID, id));
                }
                g.writer().commit();
                g.manager().maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                writes.dropWriter(); // nothing half-applied may be committed by a later write
                throw new ZhsearchException(
                        ErrorCode.INDEX_UNWRITABLE,
                        "cannot write the update to the index: " + e.getMessage()
                                + " — check free disk space and permissions, then update again",
                        e);
            }
        }
    }

    @Override
    public void recordManifest(CorpusManifest manifest) {
        synchronized (index) { // the served generation does not change under a held writer's lock
            ManifestFile.write(index.home().path().resolve(index.current().name()), manifest);
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
