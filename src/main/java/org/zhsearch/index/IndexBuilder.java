package org.zhsearch.index;

import org.zhsearch.schema.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;
import org.zhsearch.engine.RebuildGuard;

/**
 * Builds a complete index of a corpus into a new generation of an {@link IndexHome} and publishes it.
 * {@code threads} workers each take the next file, parse it and add its paragraphs; IndexWriter is shared
 * (it is built for concurrent adds) and committed once at the end.
 */
public final class IndexBuilder {
    /** Paragraph documents added per IndexWriter call. */
    private static final int BLOCK = 1000;
    private IndexBuilder() {
    }

    /**
     * Builds {@code corpus} into a new generation, analysed with {@code analysis}, and publishes it. When no other
     * process is the home's writer, this build is: it replays the whole journal into the new generation before
     * publishing it. Otherwise the writer replays it when it switches (a crash in between loses nothing: the next
     * writer replays what the generation's commit lacks).
     */
    public static IndexReport build(Path corpus, IndexHome home, Analysis analysis, IndexOptions options,
                                    ProgressListener listener) {
        if (!Files.isDirectory(corpus)) {
            throw new ZhsearchException(ErrorCode.CORPUS_NOT_FOUND, "corpus directory " + corpus
                    + " does not exist or is not a directory — pass the folder that holds your .txt/.md/.html/.jsonl files");
        }
        Instant start = Instant.now();
        try (IndexHome.BuildLock lock = home.lockForBuild()) {
            // a damaged CURRENT must not make the intact generations look like nothing worth keeping
            String previous = home.liveName()
                    .or(() -> home.newestCommitted().map(p -> p.getFileName().toString())).orElse(null);
            Path gen = home.newGeneration();
            boolean published = false;
            Optional<WriterLock> writer = WriterLock.tryAcquire(home);
            try {
                JournalFile journal = new JournalFile(home);
                IndexReport report = buildInto(corpus, gen, analysis, options, listener, start,
                        writer.map(held -> new WriteJournal(journal, held)).orElse(null));
                long articles = writer.isPresent() ? articlesIn(gen) : JournalCount.articlesAfterReplay(gen, journal);
                refuseIfShrinking(articles, previous == null ? null : home.path().resolve(previous), options);
                home.publish(gen);
                published = true;
                List<String> keep = new ArrayList<>();
                keep.add(gen.getFileName().toString());
                if (previous != null) {
                    keep.add(previous);
                }
                home.deleteGenerationsExcept(keep);
                return report;
            } finally {
                writer.ifPresent(WriterLock::close);
                if (!published) {
                    IndexHome.deleteRecursively(gen);
                }
            }
        }
    }

    /**
     * Refuses (code {@code rebuild_refused}) a build with no articles, or fewer than {@code minLiveFraction} of the
     * live generation's, unless forced: an emptied or wrongly mounted corpus directory must not silently replace a
     * good index. The new generation is then deleted and the live one stays.
     */
    static void refuseIfShrinking(long newArticles, Path liveGeneration, IndexOptions options) {
        if (options.force() || liveGeneration == null) {
            return;
        }
        RebuildGuard.check(newArticles, articlesIn(liveGeneration), options);
    }

    static long articlesIn(Path generation) {
        try (Directory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.FIRST, Fields.YES)));
        } catch (IOException e) {
            return 0; // an unreadable live generation is nothing worth keeping over a fresh build
        }
    }

    private static IndexReport buildInto(Path corpus, Path gen, Analysis analysis, IndexOptions options,
                                         ProgressListener listener, Instant start, WriteJournal journal) {
        // journal: held by this build as the home's writer, or null when another process is the writer
        CorpusReader reader = new CorpusReader(corpus, CorpusReader.DEFAULT_MAX_FILE_BYTES,
                options.followExternalLinks());
        List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
        List<CorpusFile> files = reader.listForBuild(skipped, listener);
        AtomicLong articles = new AtomicLong();
        AtomicLong paragraphs = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try (FSDirectory dir = FSDirectory.open(gen);
             IndexWriter writer = new IndexWriter(dir, writerConfig(analysis, options))) {
            AtomicInteger next = new AtomicInteger();
            Set<String> seenIds = ConcurrentHashMap.newKeySet();
            int threads = Math.min(options.threads(), Math.max(1, files.size()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "zhsearch-indexer");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < files.size()) {
                            CorpusFile file = files.get(i);
                            int[] counts = new int[2];
                            List<SkippedFile> fileSkips = reader.read(file, article -> {
                                add(writer, analysis, article, seenIds.add(article.id()));
                                counts[0]++;
                                counts[1] += article.paragraphs().size();
                                chars.addAndGet(article.paragraphs().stream().mapToLong(p -> p.text().length()).sum());
                            });
                            for (SkippedFile s : fileSkips) {
                                skipped.add(s);
                                listener.skipped(s);
                            }
                            articles.addAndGet(counts[0]);
                            paragraphs.addAndGet(counts[1]);
                            bytes.addAndGet(file.size());
                            listener.fileDone(file.id(), counts[0], counts[1], file.size());
                        }
                        // write this thread's buffered segment now, while the other workers still index: left to
                        // commit(), every buffer is flushed one after another by the committing thread alone (on
                        // 90k short poems that was the last 15 % of the build with one core idle)
                        writer.flushNextBuffer();
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZhsearchException(ErrorCode.INTERRUPTED, "indexing was interrupted; the previous index stays live", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ZhsearchException z) {
                    throw z;
                }
                throw new ZhsearchException(ErrorCode.INDEX_FAILED, "indexing failed: " + cause
                        + " — the previous index stays live", cause);
            } finally {
                pool.shutdownNow();
            }
            Map<String, String> data = new java.util.HashMap<>(Map.of(CommitData.BUILT_AT, Instant.now().toString(),
                    CommitData.CORPUS, corpus.toAbsolutePath().toString()));
            if (journal != null) {
                long seq = journal.replayAfter(CommitData.NONE, entry -> apply(writer, analysis, entry));
                data.put(CommitData.JOURNAL_SEQ, Long.toString(Math.max(seq, journal.lastSeq())));
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new ZhsearchException(ErrorCode.INDEX_UNWRITABLE, "cannot write the index in " + gen + ": " + e.getMessage()
                    + " — check free disk space and permissions; the previous index stays live", e);
        }
        return new IndexReport(articles.get(), paragraphs.get(), chars.get(), bytes.get(), skipped,
                Duration.between(start, Instant.now()));
    }

    /** Adds an article; only an id seen before in this build (duplicate .jsonl ids) pays for a replace. */
    private static void add(IndexWriter writer, Analysis analysis, Article article, boolean firstTime) {
        if (article.paragraphs().isEmpty()) {
            return;
        }
        try {
            if (firstTime) {
                // a huge article goes in slices, so the writer can flush between them and memory stays bounded
                int size = article.paragraphs().size();
                for (int from = 0; from < size; from += BLOCK) {
                    writer.addDocuments(ParagraphDocuments.of(article, from, Math.min(size, from + BLOCK), analysis));
                }
            } else {
                writer.updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), ParagraphDocuments.of(article, analysis));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Applies one journalled API write (see {@link WriteJournal}). */
    static void apply(IndexWriter writer, Analysis analysis, JournalEntry entry) {
        try {
            Term id = new Term(Fields.ARTICLE_ID, entry.id());
            if (entry.op() == JournalEntry.Op.DELETE) {
                writer.deleteDocuments(id);
            } else if (entry.article() != null) {
                writer.updateDocuments(id, ParagraphDocuments.of(entry.article(), analysis));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writer settings for bulk builds: large RAM buffer, no commits until the end. */
    static IndexWriterConfig writerConfig(Analysis analysis, IndexOptions options) {
        IndexWriterConfig cfg = IndexAnalyzer.writerConfig(IndexAnalyzer.of(analysis));
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        cfg.setRAMBufferSizeMB(options.ramBufferMb());
        cfg.setCommitOnClose(false);
        return cfg;
    }
}
