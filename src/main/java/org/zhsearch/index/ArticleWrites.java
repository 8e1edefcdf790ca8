package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.zhsearch.api.PutResult;
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

    /**
     * Writes a batch: the documents of every article, one journal append and fsync for all, the index writes, one
     * commit and refresh. An article Lucene refuses (an immense term: its documents are discarded whole and its old
     * ones stay) is an error result; its record, in the middle of the batch, is taken out by cutting the batch back
     * and journalling the written articles again, before the commit. A failure of the journal or the commit cuts the
     * batch back out and throws: nothing of it is kept.
     */
    List<PutResult> replaceAll(List<Article> articles) {
        Analysis analysis = index.analysis().get();
        PutResult[] results = new PutResult[articles.size()];
        List<List<Document>> docs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            docs.add(ParagraphDocuments.of(a, analysis, index.declared()));
        }
        boolean[] created = new boolean[results.length];
        index.withSearcher(s -> {
            Set<String> earlier = new HashSet<>(); // an id twice in a batch: its second write replaces the first
            for (int i = 0; i < results.length; i++) {
                String id = articles.get(i).id();
                created[i] = earlier.add(id) && count(s, new Term(Fields.ARTICLE_ID, id)) == 0;
            }
            return null;
        });
        List<WriteJournal.Appended> records = journalled(articles);
        long start = records.get(0).start();
        try {
            Generation g = writable();
            List<Article> applied = new ArrayList<>(articles.size());
            for (int i = 0; i < results.length; i++) {
                Article a = articles.get(i);
                try {
                    g.writer().updateDocuments(new Term(Fields.ARTICLE_ID, a.id()), docs.get(i));
                    applied.add(a);
                    results[i] = PutResult.written(a.id(), created[i]);
                } catch (IllegalArgumentException refused) {
                    if (g.writer().getTragicException() != null) {
                        throw refused;
                    }
                    results[i] = PutResult.failed(
                            a.id(),
                            new ZhsearchException(
                                    ErrorCode.INVALID_ARTICLE,
                                    "the index refused article " + a.id() + ": " + refused.getMessage()));
                }
            }
            long seq = records.get(records.size() - 1).seq();
            if (applied.size() < articles.size()) {
                index.journal().truncate(start);
                seq = applied.isEmpty()
                        ? seq
                        : journalled(applied).get(applied.size() - 1).seq();
            }
            CommitData.recordJournalSeq(g.writer(), seq);
            g.writer().commit();
            g.manager().maybeRefreshBlocking();
            index.writesFailing(null);
        } catch (IOException | RuntimeException e) {
            throw failed(e, start);
        }
        return List.of(results);
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
        return journalled(List.of(entry), List.of()).get(0);
    }

    /** {@link #journalled(JournalEntry)} of a batch of puts, with one fsync. */
    private List<WriteJournal.Appended> journalled(List<Article> articles) {
        return journalled(List.of(), articles);
    }

    private List<WriteJournal.Appended> journalled(List<JournalEntry> entries, List<Article> puts) {
        List<JournalEntry> all = new ArrayList<>(entries);
        puts.forEach(a -> all.add(JournalEntry.put(a)));
        try {
            return index.journal().appendAll(all);
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
            throw failed(e, record.start());
        }
    }

    /**
     * A write failed after its records were journalled from byte {@code start}: the writer is rolled back and the
     * journal cut back to {@code start}, since the client is told the write failed, so it must never reappear.
     */
    private ZhsearchException failed(Exception e, long start) {
        index.writesFailing("the last write failed: " + e.getMessage());
        dropWriter();
        try {
            index.journal().truncate(start);
        } catch (UncheckedIOException notCut) {
            LOG.error("a failed write stays in the journal and will be replayed: {}", notCut.getMessage());
        }
        if (e instanceof ZhsearchException z) {
            return z;
        }
        return new ZhsearchException(
                ErrorCode.INDEX_UNWRITABLE,
                "cannot write to the index: " + e.getMessage() + " — check free disk space and permissions",
                e);
    }

    /**
     * After a failed write: rolls the writer back (its uncommitted change must never be committed by a later
     * write) and serves the generation read-only from its last commit; the next write opens a new writer. A
     * writer broken by a full disk or a corrupt block thus recovers once the cause is gone, without a restart.
     */
    void dropWriter() {
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
            index.replaceCurrent(new Generation(
                    g.name(), g.dir(), new SearcherManager(g.dir(), RecallSimilarity.searchers()), null));
            g.manager().close();
        } catch (IOException e) {
            LOG.warn("cannot reopen generation {} read-only: {}", g.name(), e.toString());
        }
    }

    /** The current generation with a writer, opening one (and an NRT searcher manager on it) if needed. */
    Generation writable() throws IOException {
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
