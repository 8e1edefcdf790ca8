package org.zhsearch.index;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/** One open generation: its directory, searcher manager and (in the writer process, once it writes) its writer. */
record Generation(String name, FSDirectory dir, SearcherManager manager, IndexWriter writer) {
    void close() throws IOException {
        manager.close();
        if (writer != null) {
            writer.close();
        }
        dir.close();
    }

    /** Closes, logging instead of throwing: for generations switched away from. */
    void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Generation.class).debug("closing generation {}: {}", name, e.toString());
        }
    }

    /** Bytes on disk of this generation. */
    long sizeBytes() {
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(dir.getDirectory())) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** When this generation was built, from its commit data, or null. */
    java.time.Instant builtAt() {
        try {
            String v = CommitData.of(dir).get(CommitData.BUILT_AT);
            return v == null ? null : java.time.Instant.parse(v);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** How far into the journal the generation's last commit is ({@link CommitData#NONE} if not recorded). */
    long journalSeq() {
        try {
            return CommitData.journalSeq(CommitData.of(dir));
        } catch (IOException | RuntimeException e) {
            return CommitData.NONE;
        }
    }

    /**
     * Throws the writer's uncommitted changes away and closes the writer and manager, and the directory too when
     * {@code closeDirectory} (not when another {@code Generation} value still serves from it); for failure paths.
     */
    void discard(boolean closeDirectory) {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException ignored) {
            // closing below still releases the files
        }
        try {
            manager.close();
        } catch (IOException | RuntimeException ignored) {
            // best effort on a failure path
        }
        if (closeDirectory) {
            try {
                dir.close();
            } catch (IOException | RuntimeException ignored) {
                // best effort on a failure path
            }
        }
    }
}
