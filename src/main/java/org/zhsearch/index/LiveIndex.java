package org.zhsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.ZhsearchException;

/**
 * The live generation of an {@link IndexHome}, open for searching and, in the one writer process, for writing.
 *
 * <p>A process opens a home read-only. Its first write (or {@link #becomeWriter()}, which the server calls at start)
 * takes the home's {@link WriterLock}; only then may it cut, append to or compact the journal and replay it. Taking
 * over, the writer replays into the served generation every journal record after the one its commit records
 * ({@link CommitData#JOURNAL_SEQ}), so {@code CURRENT} plus the journal is always every acknowledged write — also
 * after a crash between a rebuild's publish and the switch, and on a fallback generation.
 *
 * <p>A background thread refreshes the searcher every {@value #REFRESH_MS} ms and follows {@code CURRENT}. The
 * writer switches to a new generation after replaying the journal into it ({@link GenerationSwitch}); a reader
 * switches once the new generation is not behind the one it serves, so it never shows older data than before.
 */
public final class LiveIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);
    static final long REFRESH_MS = 250;
    private static final long SWITCH_RETRY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final IndexHome home;
    /** Analyses what this index writes; follows the owner's dictionary reloads. */
    private final CurrentAnalysis analysis;

    private final DeclaredFields declared; // what every write indexes: the owner's configuration

    private final Analyzer analyzer;
    private final JournalFile journalFile;
    private final ScheduledExecutorService refresher;
    /** Held for a whole generation switch, so two refreshes never switch at once; writers use {@code this}. */
    private final Object switchLock = new Object();

    private final WriteProbe probe;
    private final ArticleWrites writes = new ArticleWrites(this);
    /** Switched-away generations whose in-flight searches may still run. */
    private final RetiredGenerations retired;

    private volatile Generation current;
    /** A published generation that failed verification and is not served (null: none). */
    private volatile String refused;

    private volatile boolean closed;
    private volatile String writeFailure;
    private volatile long retrySwitchAt;
    /** Non-null while this process is the home's writer; set and read under {@code this}. */
    private volatile WriterLock writerLock;

    private volatile WriteJournal journal;

    private LiveIndex(
            IndexHome home, CurrentAnalysis analysis, DeclaredFields fields, Analyzer analyzer, Generations.Served s) {
        this.home = home;
        this.analysis = analysis;
        this.declared = fields;
        this.analyzer = analyzer;
        this.journalFile = new JournalFile(home);
        this.current = s.generation();
        this.refused = s.refused();
        this.probe = new WriteProbe(home, journalFile);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "zhsearch-refresher");
            t.setDaemon(true);
            return t;
        });
        this.retired = new RetiredGenerations(refresher, home.path());
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
    }

    /** Opens a home read-only ({@link Generations#openServable}: a damaged one falls back, an empty one is made). */
    public static LiveIndex open(IndexHome home, CurrentAnalysis analysis, DeclaredFields declared) {
        Analyzer analyzer = IndexAnalyzer.following(analysis);
        return new LiveIndex(home, analysis, declared, analyzer, Generations.openServable(home, analyzer));
    }

    /**
     * Makes this process the home's writer, or throws {@code index_locked} naming the process that is: takes the
     * writer lock, cuts a torn journal tail, names the served generation in a damaged {@code CURRENT} again, and
     * replays the journal records the served generation lacks.
     */
    public synchronized void becomeWriter() {
        if (writerLock != null) {
            return;
        }
        if (closed) {
            throw new ZhsearchException(ErrorCode.INDEX_CLOSED, "the index is closed");
        }
        WriterLock lock = WriterLock.acquire(home);
        try {
            WriteJournal taken = new WriteJournal(journalFile, lock);
            Generation g = current;
            if (home.liveName().isEmpty() && refused == null) {
                home.publish(home.path().resolve(g.name()));
                LOG.warn("named generation {} in {}/CURRENT again", g.name(), home.path());
            }
            current = GenerationSwitch.caughtUp(this, g);
            g.manager().close(); // searches still holding its searcher finish normally
            journal = taken;
            writerLock = lock;
        } catch (IOException | RuntimeException e) {
            lock.close();
            if (e instanceof ZhsearchException z) {
                throw z;
            }
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNWRITABLE,
                    "cannot take over writing to " + home.path() + ": " + e.getMessage()
                            + " — check free disk space and permissions",
                    e);
        }
    }

    /** True when this process is the home's writer. */
    public boolean isWriter() {
        return writerLock != null;
    }

    /**
     * A searcher over the latest state, held until closed: the reads of one request through it all see one state
     * (a switched-away generation closes {@code 5 s} after the switch, so hold it for one request, not longer).
     */
    public HeldSearcher acquire() {
        return Searchers.acquire(() -> current.manager());
    }

    /** Runs {@code work} with a searcher over the latest state, releasing it afterwards. */
    public <T> T withSearcher(Function<IndexSearcher, T> work) {
        return Searchers.with(() -> current.manager(), work);
    }

    /** Replaces an article's documents, durable and visible on return; true when new (decided in the write). */
    public synchronized boolean replace(Article article) {
        becomeWriter();
        return writes.replace(article);
    }

    /** {@link #replace} of a batch, one result per article, with one journal fsync and one commit. */
    public synchronized List<PutResult> replaceAll(List<Article> articles) {
        becomeWriter();
        return writes.replaceAll(articles);
    }

    /** Deletes an article; durable and visible when this returns. False if it did not exist. */
    public synchronized boolean delete(String articleId) {
        becomeWriter();
        return writes.delete(articleId);
    }

    /** Why writes cannot be accepted now (the last write failed; the probe clears it), or null when they can. */
    public String writeFailure() {
        return writeFailure;
    }

    /** Bytes on disk of the generation being served. */
    public long sizeBytes() {
        return current.sizeBytes();
    }

    /** When the served generation was built (from its commit data), or null. */
    public Instant builtAt() {
        return current.builtAt();
    }

    /** Refreshes now and follows a newly published generation; normally done by the background thread. */
    public void refresh() {
        refresh(true);
    }

    private void refresh(boolean now) {
        synchronized (switchLock) { // one switch at a time; writers are not held up by its slow part
            if (closed) {
                return;
            }
            String live = home.liveName().orElse(null);
            if (live != null
                    && !live.equals(current.name())
                    && !live.equals(refused)
                    && (now || System.nanoTime() - retrySwitchAt >= 0)) {
                try {
                    GenerationSwitch.Outcome outcome = writerLock != null
                            ? GenerationSwitch.asWriter(this, live)
                            : GenerationSwitch.asReader(this, live);
                    if (outcome == GenerationSwitch.Outcome.REFUSED) {
                        refused = live;
                    }
                } catch (IOException | RuntimeException e) {
                    retrySwitchAt = System.nanoTime() + SWITCH_RETRY_NANOS;
                    String was = current.name();
                    LOG.warn("cannot switch to generation {} yet (serving {}; retrying): {}", live, was, e.toString());
                }
                return;
            }
        }
        synchronized (this) {
            if (!closed) {
                try {
                    current.manager().maybeRefresh();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void refreshQuietly() {
        if (writeFailure != null && probe.homeTakesWrites(current.name())) {
            writeFailure = null;
            LOG.info("the index directory and the journal take writes again");
        }
        try {
            refresh(false);
        } catch (RuntimeException e) {
            LOG.warn("index refresh failed: {}", e.toString());
        }
    }

    IndexHome home() { // this and the next: what GenerationSwitch and ArticleWrites need of this index
        return home;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    CurrentAnalysis analysis() {
        return analysis;
    }

    DeclaredFields declared() {
        return declared;
    }

    JournalFile journalFile() {
        return journalFile;
    }

    WriteJournal journal() {
        return journal;
    }

    Generation current() {
        return current;
    }

    /** The same generation with or without a writer (the caller closes what it replaces). */
    void replaceCurrent(Generation g) {
        current = g;
    }

    void writesFailing(String why) {
        writeFailure = why;
    }

    boolean closed() {
        return closed;
    }

    /** Serves {@code next} from now on; the old generation closes once its in-flight searches are done. */
    void serve(Generation next) {
        Generation old = current;
        current = next;
        LOG.debug("switched to index generation {} (was {})", next.name(), old.name()); // builders report it
        retired.retire(old);
    }

    @Override
    public synchronized void close() {
        closed = true;
        refresher.shutdownNow();
        retired.closeAll();
        try {
            current.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
        }
    }
}
