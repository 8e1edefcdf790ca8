package org.zhsearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** Opening generations of a home: verified, with a fallback when the live one is damaged. */
final class Generations {
    private static final Logger LOG = LoggerFactory.getLogger(Generations.class);

    private Generations() {}

    /** What a process serves at open, and the published generation it refused (null when none). */
    record Served(Generation generation, String refused) {}

    /**
     * The generation to serve: the one {@code CURRENT} names; if {@code CURRENT} is missing, empty or names no
     * generation while intact generations exist, the newest intact one (adopted: the writer republishes it); if the
     * named one fails verification, the newest older one that verifies. Creates an empty index only in a home with
     * no committed generation at all.
     */
    static Served openServable(IndexHome home, Analyzer analyzer) {
        String live = home.liveName().orElse(null);
        if (live == null && home.newestCommitted().isEmpty()) {
            createEmpty(home, analyzer);
            live = home.liveName().orElseThrow();
        }
        if (live == null) {
            LOG.error(
                    "{}/CURRENT is missing, empty or names no generation; serving the newest intact generation "
                            + "instead (the writer names it in CURRENT again)",
                    home.path());
            return new Served(newestIntact(home, null, null), null);
        }
        try {
            return new Served(open(home, live), null);
        } catch (ZhsearchException corrupt) {
            if (corrupt.errorCode() != ErrorCode.INDEX_CORRUPT) {
                throw corrupt;
            }
            Generation fallback = newestIntact(home, live, corrupt);
            LOG.error(
                    "{}; serving generation {} instead (with the journal's writes) — rebuild with `zhsearch index`",
                    corrupt.getMessage(),
                    fallback.name());
            return new Served(fallback, live);
        }
    }

    private static Generation newestIntact(IndexHome home, String skip, ZhsearchException corrupt) {
        List<Path> gens = new ArrayList<>(home.generations());
        Collections.reverse(gens);
        for (Path gen : gens) {
            String name = gen.getFileName().toString();
            if (name.equals(skip) || !IndexHome.hasCommit(gen)) {
                continue;
            }
            try {
                return open(home, name);
            } catch (ZhsearchException alsoBad) {
                LOG.error("cannot fall back to generation {}: {}", name, alsoBad.getMessage());
            }
        }
        throw corrupt != null
                ? corrupt
                : new ZhsearchException(
                        ErrorCode.INDEX_CORRUPT,
                        "no intact index generation" + " in " + home.path() + " — rebuild it with `zhsearch index`");
    }

    private static void createEmpty(IndexHome home, Analyzer analyzer) {
        try (IndexHome.BuildLock lock = home.lockForBuild()) {
            if (home.live().isPresent() || home.newestCommitted().isPresent()) {
                return;
            }
            Path gen = home.newGeneration();
            try (FSDirectory dir = FSDirectory.open(gen);
                    IndexWriter w = new IndexWriter(dir, IndexAnalyzer.writerConfig(analyzer))) {
                w.setLiveCommitData(Map.of(
                                CommitData.BUILT_AT,
                                Instant.now().toString(),
                                CommitData.FORMAT,
                                CommitData.CURRENT_FORMAT)
                        .entrySet());
                w.commit();
            } catch (IOException e) {
                throw new ZhsearchException(
                        ErrorCode.INDEX_UNWRITABLE, "cannot create an index in " + gen + ": " + e.getMessage(), e);
            }
            home.publish(gen);
        }
    }

    /**
     * Opens a generation read-only after verifying the checksums of every file of its segments (Lucene's
     * {@code checkIntegrity}: one sequential read, about 0.1 s per 100 MB), so a flipped block is caught here
     * instead of silently changing results.
     */
    static Generation open(IndexHome home, String name) {
        FSDirectory dir = null;
        try {
            dir = FSDirectory.open(home.path().resolve(name));
            verify(dir, name);
            return new Generation(name, dir, new SearcherManager(dir, RecallSimilarity.searchers()), null);
        } catch (ZhsearchException e) {
            closeQuietly(dir);
            throw e;
        } catch (IOException e) {
            closeQuietly(dir);
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNREADABLE,
                    "cannot open index generation " + name + " in " + home.path() + ": " + e.getMessage()
                            + " — rebuild it with `zhsearch index`",
                    e);
        }
    }

    private static void verify(FSDirectory dir, String name) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader() instanceof CodecReader codec) {
                    codec.checkIntegrity();
                }
            }
        } catch (CorruptIndexException | java.io.EOFException | IndexFormatTooOldException e) {
            throw new ZhsearchException(
                    ErrorCode.INDEX_CORRUPT, "index generation " + name + " is corrupt: " + e.getMessage(), e);
        }
    }

    /** {@code g} with a writer and a searcher manager over it; g's own manager is left to the caller. */
    static Generation withWriter(Generation g, Analyzer analyzer, Path home) throws IOException {
        IndexWriterConfig cfg = IndexAnalyzer.writerConfig(analyzer);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        IndexWriter writer;
        try {
            writer = new IndexWriter(g.dir(), cfg);
        } catch (LockObtainFailedException e) {
            // only the holder of writer.lock opens writers, so this is a process from before that rule
            throw new ZhsearchException(
                    ErrorCode.INDEX_LOCKED,
                    "generation " + g.name() + " of " + home + " is open for writing elsewhere (" + e.getMessage()
                            + ")",
                    e);
        }
        try {
            return new Generation(g.name(), g.dir(), new SearcherManager(writer, RecallSimilarity.searchers()), writer);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.debug("close failed: {}", e.toString());
            }
        }
    }
}
