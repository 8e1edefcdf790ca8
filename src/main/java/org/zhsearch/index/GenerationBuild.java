package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.build.BuildTarget;
import org.zhsearch.build.CorpusManifest;
import org.zhsearch.schema.Fields;
import org.zhsearch.writes.Write;
import org.zhsearch.writes.WriteLog;

/**
 * The embedded engine's {@link BuildTarget}: a new generation of an {@link IndexHome}, filled by one shared
 * IndexWriter (built for concurrent adds) and committed once at {@link #publish()}.
 *
 * <p>The journal is not replayed into it here: the home's writer (this process's open index, or another process)
 * replays what the generation lacks when it switches to it ({@link GenerationSwitch}; a generation built here
 * records no journal number, so every record is). The replay this build sees only counts, so the shrink guard
 * compares what the generation will hold once the writer has replayed: an archive fed through the API is not
 * "shrunk".
 */
public final class GenerationBuild implements BuildTarget {
    /**
     * Paragraph documents added per IndexWriter call: the first block holds paragraphs 1 to
     * {@link ParagraphDocuments#FIRST_BLOCK}, so they share the first paragraph's segment.
     */
    private static final int BLOCK = ParagraphDocuments.FIRST_BLOCK;

    private final IndexHome home;
    private final Analysis analysis;
    /** The declared fields indexed, and recorded in the commit ({@link CommitData#FIELDS}). */
    private final DeclaredFields declared;

    private final IndexHome.BuildLock lock;
    /** The live generation, or the newest intact one when CURRENT is damaged (kept either way), or null. */
    private final String previous;

    private final Path gen;
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final Map<String, Boolean> replayed = new HashMap<>(); // article id → present after its last write
    private final Path corpus;
    private boolean published;

    private GenerationBuild(IndexHome home, Analysis analysis, IndexOptions options, Path corpus) throws IOException {
        this.home = home;
        this.analysis = analysis;
        this.declared = options.fields();
        this.corpus = corpus;
        this.lock = home.lockForBuild();
        this.previous = home.liveName()
                .or(() -> home.newestCommitted().map(p -> p.getFileName().toString()))
                .orElse(null);
        this.gen = home.newGeneration();
        this.dir = FSDirectory.open(gen);
        this.writer = new IndexWriter(dir, writerConfig(analysis, options));
    }

    /** A new generation of {@code home} to build {@code corpus} into; holds the home's build lock until closed. */
    public static GenerationBuild open(IndexHome home, Analysis analysis, IndexOptions options, Path corpus) {
        try {
            return new GenerationBuild(home, analysis, options, corpus);
        } catch (IOException e) {
            throw unwritable(home.path(), e);
        }
    }

    @Override
    public void add(Article article, boolean firstSeen) {
        try {
            if (firstSeen) {
                // a huge article goes in slices, so the writer can flush between them and memory stays bounded
                int size = article.paragraphs().size();
                for (int from = 0; from < size; from += BLOCK) {
                    writer.addDocuments(
                            ParagraphDocuments.of(article, from, Math.min(size, from + BLOCK), analysis, declared));
                }
            } else {
                writer.updateDocuments(
                        new Term(Fields.ARTICLE_ID, article.id()), ParagraphDocuments.of(article, analysis, declared));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void workerDone() {
        // write buffered segments now, while the other workers still index: left to the end, every buffer is flushed
        // one after another by the committing thread alone (on 90k short poems that was the last 15 % of the build
        // with one core idle). Every idle buffer, not just one: the writer may hold more buffers than there are
        // workers, and one left over was still a second of flushing on the main thread.
        try {
            while (writer.flushNextBuffer()) {
                // the next one
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public WriteLog writes() {
        return new JournalFile(home);
    }

    @Override
    public void apply(Write write) {
        replayed.put(write.id(), write instanceof Write.Put);
    }

    @Override
    public void replayedThrough(long seq) {
        // nothing to record: the writer replays every record into a generation without a journal number
    }

    @Override
    public long articles() {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(reader);
            long articles = s.count(new TermQuery(new Term(Fields.FIRST, Fields.YES)));
            for (Map.Entry<String, Boolean> e : replayed.entrySet()) {
                boolean there = s.count(new TermQuery(new Term(Fields.ARTICLE_ID, e.getKey()))) > 0;
                articles += e.getValue() == there ? 0 : e.getValue() ? 1 : -1;
            }
            return articles;
        } catch (IOException e) {
            throw unwritable(gen, e);
        }
    }

    @Override
    public long liveArticles() {
        return previous == null ? 0 : articlesIn(home.path().resolve(previous));
    }

    static long articlesIn(Path generation) {
        try (Directory d = FSDirectory.open(generation);
                DirectoryReader reader = DirectoryReader.open(d)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.FIRST, Fields.YES)));
        } catch (IOException e) {
            return 0; // an unreadable live generation is nothing worth keeping over a fresh build
        }
    }

    @Override
    public void recordManifest(CorpusManifest manifest) {
        try {
            ManifestFile.write(gen, manifest);
        } catch (java.io.UncheckedIOException e) {
            throw unwritable(gen, e.getCause());
        }
    }

    @Override
    public void publish() {
        try {
            writer.setLiveCommitData(Map.of(
                            CommitData.BUILT_AT,
                            Instant.now().toString(),
                            CommitData.CORPUS,
                            corpus.toAbsolutePath().toString(),
                            CommitData.FIELDS,
                            declared.typesRecord(),
                            CommitData.FORMAT,
                            CommitData.CURRENT_FORMAT)
                    .entrySet());
            writer.commit();
            writer.close();
        } catch (IOException e) {
            throw unwritable(gen, e);
        }
        home.publish(gen);
        published = true;
        List<String> keep = new ArrayList<>();
        keep.add(gen.getFileName().toString());
        // the previous generation is the fallback should this one be damaged; an empty one (such as the one an
        // index opened on an empty home made) is none
        if (previous != null && liveArticles() > 0) {
            keep.add(previous);
        }
        home.deleteGenerationsExcept(keep);
    }

    @Override
    public void close() {
        try {
            if (!published) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            // the generation is deleted below either way (a failed commit may have closed the writer)
        }
        try {
            dir.close();
        } catch (IOException e) {
            // as above
        } finally {
            if (!published) {
                IndexHome.deleteRecursively(gen);
            }
            lock.close();
        }
    }

    /** Writer settings for bulk builds: large RAM buffer, no commits until the end. */
    private static IndexWriterConfig writerConfig(Analysis analysis, IndexOptions options) {
        IndexWriterConfig cfg = IndexAnalyzer.writerConfig(IndexAnalyzer.of(analysis));
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        cfg.setRAMBufferSizeMB(options.ramBufferMb());
        cfg.setCommitOnClose(false);
        return cfg;
    }

    private static ZhsearchException unwritable(Path where, IOException e) {
        return new ZhsearchException(
                ErrorCode.INDEX_UNWRITABLE,
                "cannot write the index in " + where + ": " + e.getMessage()
                        + " — check free disk space and permissions; the previous index stays live",
                e);
    }
}
