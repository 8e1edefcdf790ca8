package org.zhsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.zhsearch.analysis.CurrentAnalysis;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/**
 * The live generation of an {@link IndexHome}, open for searching and (lazily) for writing.
 *
 * <p>A background thread refreshes the searcher every {@value #REFRESH_MS} ms and follows {@code CURRENT}: when a
 * rebuild publishes a new generation, new searches go to it and the old one is closed once its in-flight searches
 * are done. Writes commit before returning (durable) and refresh the searcher (visible at once). The writer is
 * opened on first write, so read-only users (the CLI's {@code search}) never hold the index's write lock.
 */
public final class LiveIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);
    static final long REFRESH_MS = 250;
    /** Upper bound on paragraphs read back for one article. */
    static final int MAX_PARAGRAPHS_PER_ARTICLE = 1_000_000;

    private final IndexHome home;
    /** Analyses what this index writes; follows the owner's dictionary reloads. */
    private final CurrentAnalysis analysis;
    private final Analyzer analyzer;
    private final WriteJournal journal;
    private final ScheduledExecutorService refresher;
    private volatile Generation current;
    private volatile boolean closed;
    private volatile String writeFailure;
    /** Held for a whole generation switch, so two refreshes never switch at once; writers use {@code this}. */
    private final Object switchLock = new Object();
    /** A published generation that failed verification and is not served (null: none). */
    private volatile String refused;
    static final org.zhsearch.api.ErrorCode CORRUPT = ErrorCode.INDEX_CORRUPT;
    private static final int PROBE_BYTES = 64 * 1024;
    private final Map<String, Instant> builtAtCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** One open generation: its directory, searcher manager and (after the first write) its writer. */
    private record Generation(String name, FSDirectory dir, SearcherManager manager, IndexWriter writer) {
        void close() throws IOException {
            manager.close();
            if (writer != null) {
                writer.close();
            }
            dir.close();
        }
    }

    private LiveIndex(IndexHome home, CurrentAnalysis analysis, Generation generation) {
        this.analysis = analysis;
        this.home = home;
        this.analyzer = IndexAnalyzer.following(analysis);
        this.journal = new WriteJournal(home);
        this.journal.repair();
        this.current = generation;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "zhsearch-refresher");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the live generation, first creating an empty one if the home has none. A live generation whose
     * checksums do not verify is not served: the newest older generation that verifies is served instead (with
     * an error in the log naming the damaged file), and if there is none this throws {@code index_corrupt}.
     */
    public static LiveIndex open(IndexHome home, CurrentAnalysis analysis) {
        Analyzer analyzer = IndexAnalyzer.following(analysis);
        if (home.live().isEmpty()) {
            createEmpty(home, analyzer);
        }
        String live = home.liveName().orElseThrow();
        try {
            return new LiveIndex(home, analysis, openGeneration(home, live));
        } catch (ZhsearchException corrupt) {
            if (corrupt.errorCode() != CORRUPT) {
                throw corrupt;
            }
            List<Path> older = new java.util.ArrayList<>(home.generations());
            java.util.Collections.reverse(older);
            for (Path gen : older) {
                String name = gen.getFileName().toString();
                if (name.equals(live)) {
                    continue;
                }
                try {
                    Generation fallback = openGeneration(home, name);
                    LOG.error("{}; serving the previous generation {} instead — rebuild with `zhsearch index`",
                            corrupt.getMessage(), name);
                    LiveIndex index = new LiveIndex(home, analysis, fallback);
                    index.refused = live;
                    return index;
                } catch (ZhsearchException alsoBad) {
                    LOG.error("cannot fall back to generation {}: {}", name, alsoBad.getMessage());
                }
            }
            throw corrupt;
        }
    }

    private static synchronized void createEmpty(IndexHome home, Analyzer analyzer) {
        try (IndexHome.BuildLock lock = home.lockForBuild()) {
            if (home.live().isPresent()) {
                return;
            }
            Path gen = home.newGeneration();
            try (FSDirectory dir = FSDirectory.open(gen);
                 IndexWriter w = new IndexWriter(dir, IndexAnalyzer.writerConfig(analyzer))) {
                w.setLiveCommitData(Map.of("builtAt", Instant.now().toString()).entrySet());
                w.commit();
            } catch (IOException e) {
                throw new ZhsearchException(ErrorCode.INDEX_UNWRITABLE, "cannot create an index in " + gen + ": "
                        + e.getMessage(), e);
            }
            home.publish(gen);
        }
    }

    /**
     * Opens a generation read-only after verifying the checksums of every file of its segments (Lucene's
     * {@code checkIntegrity}: one sequential read of the index, about 0.1 s per 100 MB), so a flipped block is
     * caught here instead of silently changing results.
     */
    private static Generation openGeneration(IndexHome home, String name) {
        FSDirectory dir = null;
        try {
            dir = FSDirectory.open(home.path().resolve(name));
            verify(dir, name);
            return new Generation(name, dir, new SearcherManager(dir, null), null);
        } catch (ZhsearchException e) {
            closeQuietly(dir);
            throw e;
        } catch (IOException e) {
            closeQuietly(dir);
            throw new ZhsearchException(ErrorCode.INDEX_UNREADABLE, "cannot open index generation " + name + " in "
                    + home.path() + ": " + e.getMessage() + " — rebuild it with `zhsearch index`", e);
        }
    }

    private static void verify(FSDirectory dir, String name) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader() instanceof org.apache.lucene.index.CodecReader codec) {
                    codec.checkIntegrity();
                }
            }
        } catch (org.apache.lucene.index.CorruptIndexException | java.io.EOFException
                 | org.apache.lucene.index.IndexFormatTooOldException e) {
            throw new ZhsearchException(CORRUPT, "index generation " + name + " is corrupt: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.debug("close failed: {}", e.toString());
            }
        }
    }

    /** Runs {@code work} with a searcher over the latest state, releasing it afterwards. */
    public <T> T withSearcher(Function<IndexSearcher, T> work) {
        for (int attempt = 0; ; attempt++) {
            SearcherManager manager = current.manager();
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3) {
                    continue; // a generation switch closed it between read and acquire
                }
                throw new ZhsearchException(ErrorCode.INDEX_CLOSED, "the index is closed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply(searcher);
            } finally {
                try {
                    manager.release(searcher);
                } catch (IOException e) {
                    LOG.warn("cannot release searcher", e);
                }
            }
        }
    }

    /**
     * Replaces all documents of an article with {@code docs}; durable and visible when this returns. True when
     * the article did not exist before — decided inside the write, so concurrent writes of one id agree.
     */
    public synchronized boolean replace(org.zhsearch.api.Article article) {
        List<Document> docs = ParagraphDocuments.of(article, analysis.get());
        boolean created = withSearcher(s -> count(s, new Term(Fields.ARTICLE_ID, article.id())) == 0);
        long before = journalled(WriteJournal.Entry.put(article));
        write(w -> w.updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), docs), before);
        return created;
    }

    /** Deletes an article; durable and visible when this returns. False if it did not exist. */
    public synchronized boolean delete(String articleId) {
        Term term = new Term(Fields.ARTICLE_ID, articleId);
        boolean exists = withSearcher(s -> count(s, term) > 0);
        if (exists) {
            long before = journalled(WriteJournal.Entry.delete(articleId));
            write(w -> w.deleteDocuments(term), before);
        }
        return exists;
    }

    /** Appends to the journal; a failure (full disk) refuses the write and marks writes as failing. */
    private long journalled(WriteJournal.Entry entry) {
        try {
            return journal.append(entry);
        } catch (UncheckedIOException e) {
            writeFailure = "cannot append to the write journal: " + e.getCause().getMessage();
            throw new ZhsearchException(ErrorCode.INDEX_UNWRITABLE, "cannot write to the index: " + writeFailure
                    + " — check free disk space and permissions", e);
        }
    }

    private interface WriteOp {
        void apply(IndexWriter writer) throws IOException;
    }

    /**
     * Applies a journalled write and commits it. If that fails, the journal is cut back to {@code journalBefore}:
     * the client is told the write failed, so it must not reappear at the next rebuild.
     */
    private void write(WriteOp op, long journalBefore) {
        try {
            Generation g = writable();
            op.apply(g.writer());
            g.writer().commit();
            g.manager().maybeRefreshBlocking();
            writeFailure = null;
        } catch (IOException | RuntimeException e) {
            writeFailure = "the last write failed: " + e.getMessage();
            dropWriter();
            try {
                journal.truncate(journalBefore);
            } catch (UncheckedIOException notCut) {
                LOG.error("a failed write stays in the journal and will be replayed at the next rebuild: {}",
                        notCut.getMessage());
            }
            if (e instanceof ZhsearchException z) {
                throw z;
            }
            throw new ZhsearchException(ErrorCode.INDEX_UNWRITABLE, "cannot write to the index: " + e.getMessage()
                    + " — check free disk space and permissions", e);
        }
    }

    /**
     * After a failed write: rolls the writer back (its uncommitted change must never be committed by a later
     * write) and serves the generation read-only from its last commit; the next write opens a new writer. A
     * writer broken by a full disk or a corrupt block thus recovers once the cause is gone, without a restart.
     */
    private void dropWriter() {
        Generation g = current;
        if (g.writer() == null) {
            return;
        }
        try {
            g.writer().rollback();
        } catch (IOException | RuntimeException e) {
            LOG.warn("rolling back the writer failed: {}", e.toString());
        }
        try {
            current = new Generation(g.name(), g.dir(), new SearcherManager(g.dir(), null), null);
            g.manager().close();
        } catch (IOException e) {
            LOG.warn("cannot reopen generation {} read-only: {}", g.name(), e.toString());
        }
    }

    /**
     * Why writes cannot be accepted now, or null when they can: set by a failed write, cleared by the next
     * successful one or by the background probe ({@link #probeWritable}) once the index directory takes writes
     * again.
     */
    public String writeFailure() {
        return writeFailure;
    }

    /** Writes, fsyncs and deletes a 64 KB file in the served generation: can the disk take writes again? */
    private void probeWritable() {
        if (writeFailure == null) {
            return;
        }
        Path probe = home.path().resolve(current.name()).resolve("write-probe.tmp");
        try (FileChannel ch = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.allocate(PROBE_BYTES);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
            writeFailure = null;
            LOG.info("the index directory takes writes again");
        } catch (IOException e) {
            LOG.debug("write probe failed: {}", e.toString());
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                LOG.debug("cannot delete the write probe: {}", e.toString());
            }
        }
    }

    /** The current generation with a writer, opening one (and an NRT searcher manager on it) if needed. */
    private Generation writable() throws IOException {
        Generation g = current;
        if (g.writer() != null) {
            return g;
        }
        Generation withWriter = withWriter(g);
        current = withWriter;
        g.manager().close(); // searches still holding its searcher finish normally
        return withWriter;
    }

    /** {@code g} with a writer and a searcher manager over that writer (g's own manager is left to the caller). */
    private Generation withWriter(Generation g) throws IOException {
        IndexWriterConfig cfg = IndexAnalyzer.writerConfig(analyzer);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        IndexWriter writer;
        try {
            writer = new IndexWriter(g.dir(), cfg);
        } catch (LockObtainFailedException e) {
            throw new ZhsearchException(ErrorCode.INDEX_LOCKED, "another process is writing to " + home.path()
                    + "; stop it or send writes to it", e);
        }
        return new Generation(g.name(), g.dir(), new SearcherManager(writer, null), writer);
    }

    private static int count(IndexSearcher s, Term t) {
        try {
            return s.count(new TermQuery(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Name of the generation being served. */
    public String generation() {
        return current.name();
    }

    /** Bytes on disk of the generation being served. */
    public long sizeBytes() {
        try (Stream<Path> s = Files.list(home.path().resolve(current.name()))) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** When the served generation was built (from its commit data, read once per generation), or null. */
    public Instant builtAt() {
        Generation g = current;
        Instant cached = builtAtCache.get(g.name());
        if (cached != null) {
            return cached.equals(Instant.EPOCH) ? null : cached;
        }
        try {
            String v = SegmentInfos.readLatestCommit(g.dir()).getUserData().get("builtAt");
            Instant at = v == null ? Instant.EPOCH : Instant.parse(v);
            builtAtCache.put(g.name(), at);
            return at.equals(Instant.EPOCH) ? null : at;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Refreshes now and follows a newly published generation; normally done by the background thread. */
    public void refresh() throws IOException {
        synchronized (switchLock) { // one switch at a time; writers are not held up by its slow part
            if (closed) {
                return;
            }
            String live = home.liveName().orElse(null);
            Generation g = current;
            if (live != null && !live.equals(g.name()) && !live.equals(refused)) {
                switchTo(live);
                return;
            }
        }
        synchronized (this) {
            if (!closed) {
                current.manager().maybeRefresh();
            }
        }
    }

    /**
     * Serves the newly published generation {@code live}. Writes acknowledged while it was being built must be in
     * it before it serves, so the journal is replayed into it — the bulk (and the journal's compaction) while
     * writers go on writing to the old generation, then, holding the write lock, only the few records appended
     * meanwhile: a switch holds writers up for that tail, not for the whole journal.
     */
    private void switchTo(String live) throws IOException {
        Generation next;
        try {
            next = openGeneration(home, live);
        } catch (ZhsearchException e) {
            if (e.errorCode() == CORRUPT) {
                refused = live; // logged once, not every second
                LOG.error("{}; still serving generation {}", e.getMessage(), current.name());
                return;
            }
            throw e;
        }
        long upTo = 0;
        Path compacted = null;
        long truncations = journal.truncations();
        if (journal.size() > 0) {
            next = writableCopy(next);
            IndexWriter w = next.writer();
            upTo = journal.replay(0, entry -> IndexBuilder.apply(w, analysis.get(), entry)); // not committed until the tail is in
            compacted = journal.compact(upTo);
        }
        synchronized (this) {
            if (closed || journal.truncations() != truncations) {
                // a failed write was cut out of the journal while it was being replayed: this replay may hold it,
                // so drop the uncommitted replay and switch at the next refresh
                if (next.writer() != null) {
                    next.writer().rollback();
                }
                closeQuietly(next);
                if (compacted != null) {
                    Files.deleteIfExists(compacted);
                }
                return;
            }
            if (journal.size() > upTo) {
                if (next.writer() == null) {
                    next = writableCopy(next);
                }
                IndexWriter w = next.writer();
                journal.replay(upTo, entry -> IndexBuilder.apply(w, analysis.get(), entry));
                w.commit();
            }
            if (next.writer() != null) {
                next.manager().maybeRefreshBlocking();
            }
            if (compacted != null) {
                journal.install(compacted, upTo);
            }
            Generation old = current;
            current = next;
            LOG.info("switched to index generation {} (was {})", live, old.name());
            refresher.schedule(() -> closeQuietly(old), 5, TimeUnit.SECONDS);
        }
    }

    /** {@code g} with a writer, its read-only searcher manager closed. */
    private Generation writableCopy(Generation g) throws IOException {
        Generation withWriter = withWriter(g);
        g.manager().close();
        return withWriter;
    }

    private void refreshQuietly() {
        probeWritable();
        try {
            refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("index refresh failed: {}", e.toString());
        }
    }

    private static void closeQuietly(Generation g) {
        try {
            g.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing old generation {}: {}", g.name(), e.toString());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        refresher.shutdownNow();
        try {
            current.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads all stored documents matching a term (e.g. one article's paragraphs). */
    public static List<Document> documents(IndexSearcher searcher, Term term) {
        try {
            var top = searcher.search(new TermQuery(term), MAX_PARAGRAPHS_PER_ARTICLE);
            var stored = searcher.storedFields();
            java.util.ArrayList<Document> docs = new java.util.ArrayList<>(top.scoreDocs.length);
            for (var sd : top.scoreDocs) {
                // the article's metadata is on every paragraph: load it once, then only the paragraph's own fields
                // (a million-paragraph article is read back whole)
                docs.add(docs.isEmpty() ? stored.document(sd.doc)
                        : stored.document(sd.doc, ParagraphDocuments.PARAGRAPH_FIELDS));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
