package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.schema.Fields;
import org.zhsearch.writes.Write;

/**
 * The writer's puts and deletes: journal first (fsync'd, numbered), then the index, committed with the record's
 * number. Called by {@link LiveIndex} holding its lock, once it is the home's writer.
 */
final class ArticleWrites {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleWrites.class);
    private final LiveIndex index;

    ArticleWrites(LiveIndex index) {
        this.index = index;
    }

    boolean replace(Article article) {
        List<Document> docs = ParagraphDocuments.of(article, index.analysis().get(), index.declared());
        boolean created = index.withSearcher(s -> count(s, new Term(Fields.ARTICLE_ID, article.id())) == 0);
        WriteJournal.Appended record = journalled(JournalEntry.put(article));
        write(w -> w.updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), docs), record);
        return created;
    }

    boolean delete(String articleId) {
        Term term = new Term(Fields.ARTICLE_ID, articleId);
        boolean exists = index.withSearcher(s -> count(s, term) > 0);
        if (exists) {
            WriteJournal.Appended record = journalled(JournalEntry.delete(articleId));
            write(w -> w.deleteDocuments(term), record);
        }
        return exists;
    }

    /** Appends to the journal; a failure (full disk) refuses the write and marks writes as failing. */
    private WriteJournal.Appended journalled(JournalEntry entry) {
        try {
            return index.journal().append(entry);
        } catch (UncheckedIOException e) {
            String why = "cannot append to the write journal: " + e.getCause().getMessage();
            index.writesFailing(why);
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNWRITABLE,
                    "cannot write to the index: " + why + " — check free disk space and permissions",
                    e);
        }
    }

    private interface WriteOp {
        void apply(IndexWriter writer) throws IOException;
    }

    /**
     * Applies a journalled write and commits it with its sequence number. If that fails, the journal is cut back
     * to before the record: the client is told the write failed, so it must never reappear.
     */
    private void write(WriteOp op, WriteJournal.Appended record) {
        try {
            Generation g = writable();
            op.apply(g.writer());
            CommitData.recordJournalSeq(g.writer(), record.seq(), index.declared());
            g.writer().commit();
            g.manager().maybeRefreshBlocking();
            index.writesFailing(null);
        } catch (IOException | RuntimeException e) {
            index.writesFailing("the last write failed: " + e.getMessage());
            dropWriter();
            try {
                index.journal().truncate(record.start());
            } catch (UncheckedIOException notCut) {
                LOG.error("a failed write stays in the journal and will be replayed: {}", notCut.getMessage());
            }
            if (e instanceof ZhsearchException z) {
                throw z;
            }
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNWRITABLE,
                    "cannot write to the index: " + e.getMessage() + " — check free disk space and permissions",
                    e);
        }
    }

    /**
     * After a failed write: rolls the writer back (its uncommitted change must never be committed by a later
     * write) and serves the generation read-only from its last commit; the next write opens a new writer. A
     * writer broken by a full disk or a corrupt block thus recovers once the cause is gone, without a restart.
     */
    private void dropWriter() {
        Generation g = index.current();
        if (g.writer() == null) {
            return;
        }
        try {
            g.writer().rollback();
        } catch (IOException | RuntimeException e) {
            LOG.warn("rolling back the writer failed: {}", e.toString());
        }
        try {
            index.replaceCurrent(new Generation(g.name(), g.dir(), new SearcherManager(g.dir(), null), null));
            g.manager().close();
        } catch (IOException e) {
            LOG.warn("cannot reopen generation {} read-only: {}", g.name(), e.toString());
        }
    }

    /** The current generation with a writer, opening one (and an NRT searcher manager on it) if needed. */
    private Generation writable() throws IOException {
        Generation g = index.current();
        if (g.writer() != null) {
            return g;
        }
        Generation withWriter =
                Generations.withWriter(g, index.analyzer(), index.home().path());
        index.replaceCurrent(withWriter);
        g.manager().close(); // searches still holding its searcher finish normally
        return withWriter;
    }

    private static int count(IndexSearcher s, Term t) {
        try {
            return s.count(new TermQuery(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies one write of the log to a generation's writer (a replay). */
    static void applyTo(IndexWriter writer, Analysis analysis, DeclaredFields declared, Write write) {
        try {
            Term id = new Term(Fields.ARTICLE_ID, write.id());
            switch (write) {
                case Write.Put put ->
                    writer.updateDocuments(id, ParagraphDocuments.of(put.article(), analysis, declared));
                case Write.Delete delete -> writer.deleteDocuments(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
