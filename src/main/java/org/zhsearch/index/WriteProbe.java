package org.zhsearch.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a failed write: can the home take writes again? Writes, fsyncs and deletes 64 KB in the home (where the
 * journal grows) and in the served generation, and opens the journal for appending — a journal that cannot be
 * written (say, replaced by a directory) keeps health degraded even when the disk has space.
 */
final class WriteProbe {
    private static final Logger LOG = LoggerFactory.getLogger(WriteProbe.class);
    private static final int PROBE_BYTES = 64 * 1024;
    private final IndexHome home;
    private final JournalFile journal;

    WriteProbe(IndexHome home, JournalFile journal) {
        this.home = home;
        this.journal = journal;
    }

    boolean homeTakesWrites(String generation) {
        if (!takesWrites(home.path()) || !takesWrites(home.path().resolve(generation))) {
            return false;
        }
        if (!Files.exists(journal.path())) {
            return true;
        }
        try (FileChannel ch = FileChannel.open(journal.path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            return true;
        } catch (IOException e) {
            LOG.debug("the journal cannot be opened for appending: {}", e.toString());
            return false;
        }
    }

    private static boolean takesWrites(Path dir) {
        Path probe = dir.resolve("write-probe.tmp");
        try (FileChannel ch = FileChannel.open(
                probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.allocate(PROBE_BYTES);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
            return true;
        } catch (IOException e) {
            LOG.debug("write probe in {} failed: {}", dir, e.toString());
            return false;
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                LOG.debug("cannot delete the write probe: {}", e.toString());
            }
        }
    }
}
