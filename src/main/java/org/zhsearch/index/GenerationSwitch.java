package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/**
 * Switching a {@link LiveIndex} to a newly published generation — as the writer (replaying the journal into it) or
 * as a reader (waiting until the writer has). Any failure leaves the process serving what it served, with nothing
 * opened left behind: the new generation's writer rolled back and closed, no compaction file; the next refresh
 * tries again.
 */
final class GenerationSwitch {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationSwitch.class);

    /** How a switch attempt ended. */
    enum Outcome {
        SWITCHED,
        REFUSED,
        LATER
    }

    private GenerationSwitch() {}

    /**
     * The writer's switch: acknowledged writes must be in the new generation before it serves, so the journal
     * records after the generation's own number are replayed into it — the bulk (and the journal's compaction)
     * while writers go on writing to the old generation, then, holding the write lock, only the few records
     * appended meanwhile. If the compaction cannot be written (a full disk) the switch happens without it.
     */
    static Outcome asWriter(LiveIndex index, String live) throws IOException {
        Generation next = openVerified(index, live);
        if (next == null) {
            return Outcome.REFUSED;
        }
        WriteJournal journal = index.journal();
        Path compacted = null;
        try {
            next = withWriter(index, next);
            IndexWriter w = next.writer();
            long seq = next.journalSeq();
            long truncations = journal.truncations();
            long upTo = index.journalFile()
                    .replayLatest(
                            seq,
                            Long.MAX_VALUE,
                            e -> ArticleWrites.applyTo(w, index.analysis().get(), index.declared(), e))
                    .offset();
            compacted = compactOrNot(journal, upTo);
            synchronized (index) {
                if (index.closed() || journal.truncations() != truncations) {
                    // a failed write was cut out of the journal while it was replayed: this replay may hold it
                    next.discard(true);
                    deleteIfPresent(compacted);
                    return Outcome.LATER;
                }
                index.journalFile().scan(upTo, Long.MAX_VALUE, e -> replay(index, w, e, seq));
                CommitData.recordJournalSeq(w, Math.max(seq, journal.lastSeq()), index.declared());
                w.commit();
                next.manager().maybeRefreshBlocking();
                if (compacted != null) {
                    try {
                        journal.install(compacted, upTo);
                    } catch (UncheckedIOException e) {
                        LOG.warn("switching without compacting the journal: {}", e.getMessage());
                    }
                    compacted = null;
                }
                index.serve(next);
                return Outcome.SWITCHED;
            }
        } catch (IOException | RuntimeException e) {
            next.discard(true);
            deleteIfPresent(compacted);
            throw e;
        }
    }

    /**
     * The served generation {@code g} with a writer, the journal records its commit lacks replayed and committed:
     * what a process does on becoming the home's writer.
     */
    static Generation caughtUp(LiveIndex index, Generation g) throws IOException {
        Generation w = Generations.withWriter(g, index.analyzer(), index.home().path());
        try {
            long seq = w.journalSeq();
            long last = index.journalFile()
                    .replayAfter(
                            seq,
                            e -> ArticleWrites.applyTo(
                                    w.writer(), index.analysis().get(), index.declared(), e));
            if (last > seq) {
                LOG.info("replayed journal records {}..{} into generation {}", seq + 1, last, g.name());
                CommitData.recordJournalSeq(w.writer(), last, index.declared());
                w.writer().commit();
                w.manager().maybeRefreshBlocking();
            }
            return w;
        } catch (IOException | RuntimeException e) {
            w.discard(false);
            throw e;
        }
    }

    /**
     * A reader's switch: only once the new generation is at least as far into the journal as the served one (the
     * writer replays into it and commits), so a reader never goes back in time. After a writer's crash between
     * publish and switch the reader keeps the older, complete generation until a writer takes over.
     */
    static Outcome asReader(LiveIndex index, String live) throws IOException {
        long served = index.current().journalSeq();
        try (FSDirectory dir = FSDirectory.open(index.home().path().resolve(live))) {
            if (CommitData.journalSeq(CommitData.of(dir)) < served) {
                return Outcome.LATER;
            }
        }
        Generation next = openVerified(index, live);
        if (next == null) {
            return Outcome.REFUSED;
        }
        synchronized (index) {
            if (index.closed() || index.isWriter()) {
                next.discard(true); // became the writer meanwhile: the next refresh switches as the writer
                return Outcome.LATER;
            }
            LOG.info("serving index generation {}, built by another process", next.name());
            index.serve(next);
            return Outcome.SWITCHED;
        }
    }

    private static Generation openVerified(LiveIndex index, String live) {
        try {
            return Generations.open(index.home(), live);
        } catch (ZhsearchException e) {
            if (e.errorCode() == ErrorCode.INDEX_CORRUPT) {
                LOG.error(
                        "{}; still serving generation {}",
                        e.getMessage(),
                        index.current().name());
                return null;
            }
            throw e;
        }
    }

    private static Generation withWriter(LiveIndex index, Generation g) throws IOException {
        Generation w = Generations.withWriter(g, index.analyzer(), index.home().path());
        g.manager().close();
        return w;
    }

    private static void replay(LiveIndex index, IndexWriter w, JournalEntry e, long after) {
        if (e.seq() > after) {
            ArticleWrites.applyTo(w, index.analysis().get(), index.declared(), e.toWrite());
        }
    }

    private static Path compactOrNot(WriteJournal journal, long upTo) {
        if (upTo == 0) {
            return null; // no journal yet (a first build): nothing to compact
        }
        try {
            return journal.compact(upTo);
        } catch (UncheckedIOException e) {
            LOG.warn("switching without compacting the journal: {}", e.getMessage());
            return null;
        }
    }

    private static void deleteIfPresent(Path p) {
        if (p != null) {
            WriteJournal.deleteQuietly(p);
        }
    }
}
