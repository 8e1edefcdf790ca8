package org.zhsearch.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's side of the journal: append, cut back, compact. Only the holder of the {@link WriterLock} has one,
 * so no other process ever cuts a record the writer is still appending.
 *
 * <p>Why a journal: a rebuild indexes the corpus directory, which does not contain articles written through the API;
 * the journal holds them, and the writer replays into every generation the records after the one it has
 * ({@link CommitData#JOURNAL_SEQ}). A torn tail (a crash or a full disk mid-append — never acknowledged) is cut when
 * the writer takes over and before each append: otherwise the next record would be glued onto it and lost. A record
 * whose write to the index then fails is cut back out ({@link #truncate}), so a write the client was told failed
 * never comes back.
 */
public final class WriteJournal {
    private static final Logger LOG = LoggerFactory.getLogger(WriteJournal.class);

    private final JournalFile journal;
    private final Path file;
    private long lastSeq;
    private volatile long truncations;

    /** The journal of a home whose writer lock the caller holds: a torn tail is cut now. */
    WriteJournal(JournalFile journal, WriterLock heldLock) {
        this.journal = journal;
        this.file = journal.path();
        repair();
        deleteQuietly(file.resolveSibling(JournalFile.FILE + ".compact")); // left by a crash mid-compaction
        this.lastSeq = journal.lastSeq();
    }

    /** A record that was appended: its sequence number and the journal's length before it. */
    public record Appended(long seq, long start) {}

    /** Appends an entry with the next sequence number and forces it to disk, after cutting off a torn tail. */
    synchronized Appended append(JournalEntry entry) {
        return appendAll(List.of(entry)).get(0);
    }

    /**
     * Appends entries with the next sequence numbers and forces them to disk once (a batch write: one fsync for all
     * of them, not one each), after cutting off a torn tail. All or none: on failure the journal is cut back to
     * before the first. Returns each record's number and start; the first's start is the batch's.
     */
    synchronized List<Appended> appendAll(List<JournalEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<long[]> numbered = new ArrayList<>(entries.size()); // {seq, offset in the batch}
        long seq = lastSeq;
        for (JournalEntry entry : entries) {
            numbered.add(new long[] {++seq, bytes.size()});
            bytes.writeBytes(JournalFile.frame(entry.numbered(seq)));
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
                long start = cutTornTail(ch);
                try {
                    ByteBuffer buf = ByteBuffer.wrap(bytes.toByteArray());
                    for (long at = start; buf.hasRemaining(); ) {
                        at += ch.write(buf, at);
                    }
                    ch.force(false);
                } catch (IOException e) {
                    cutBack(ch, start);
                    throw e;
                }
                lastSeq = seq; // numbers are never reused, even if these records are cut back out
                List<Appended> appended = new ArrayList<>(numbered.size());
                numbered.forEach(n -> appended.add(new Appended(n[0], start + n[1])));
                return appended;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the write journal " + file, e);
        }
    }

    /** The highest sequence number appended so far. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    private synchronized void repair() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            cutTornTail(ch);
        } catch (IOException e) {
            LOG.warn("cannot check the end of the write journal {}: {}", file, e.toString());
        }
    }

    /** How many times a record was cut back out ({@link #truncate}): a replay running meanwhile may have seen it. */
    public long truncations() {
        return truncations;
    }

    /** Cuts the journal back to {@code length} (from {@link #append}): the last record's write did not happen. */
    public synchronized void truncate(long length) {
        truncations++;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            cutBack(ch, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot truncate the write journal " + file, e);
        }
    }

    /** The offset after the last complete line, cutting anything after it (a torn record) away. */
    private long cutTornTail(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer block = ByteBuffer.allocate(8192);
        for (long end = size; end > 0; ) {
            long from = Math.max(0, end - block.capacity());
            block.clear().limit((int) (end - from));
            ch.read(block, from);
            for (int i = block.position() - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    long complete = from + i + 1;
                    if (complete < size) {
                        LOG.warn(
                                "cut a torn record of {} bytes off the end of {} (a write that was never "
                                        + "acknowledged)",
                                size - complete,
                                file);
                        cutBack(ch, complete);
                    }
                    return complete;
                }
            }
            end = from;
        }
        if (size > 0) {
            LOG.warn("cut a torn record of {} bytes off {} (a write that was never acknowledged)", size, file);
            cutBack(ch, 0);
        }
        return 0;
    }

    private static void cutBack(FileChannel ch, long length) throws IOException {
        ch.truncate(length);
        ch.force(true);
    }

    /** Bytes in the journal now. */
    public long size() {
        return journal.size();
    }

    /**
     * Writes the compaction of the records before byte {@code upTo} — the last record of each article id, with its
     * sequence number: replayed after any generation's number it gives the same index — to a temporary file, and
     * returns it for {@link #install}. Runs while writers keep appending. On failure (a full disk) nothing is left.
     */
    public Path compact(long upTo) {
        Map<String, JournalEntry> last = new LinkedHashMap<>();
        journal.scan(0, upTo, e -> {
            last.remove(e.id());
            last.put(e.id(), e);
        });
        Path tmp = file.resolveSibling(JournalFile.FILE + ".compact");
        try (FileChannel ch = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (JournalEntry e : last.values()) {
                ByteBuffer buf = ByteBuffer.wrap(JournalFile.frame(e));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
            ch.force(true);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write the compacted journal " + tmp, e);
        }
        return tmp;
    }

    /**
     * Makes {@code compacted} (from {@link #compact}{@code (upTo)}) the journal, after appending to it everything
     * recorded since {@code upTo}. The caller keeps appends out meanwhile. On failure the journal is unchanged and
     * the temporary file is gone.
     */
    public synchronized void install(Path compacted, long upTo) {
        try {
            try (FileChannel out = FileChannel.open(compacted, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = in.size();
                for (long at = upTo; at < size; ) {
                    at += in.transferTo(at, size - at, out);
                }
                out.force(true);
            }
            Files.move(compacted, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            IndexHome.fsyncDirectory(file.getParent());
        } catch (IOException e) {
            deleteQuietly(compacted);
            throw new UncheckedIOException("cannot install the compacted journal " + compacted, e);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", p, e.toString());
        }
    }
}
