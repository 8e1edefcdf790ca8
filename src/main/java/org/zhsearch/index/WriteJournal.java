package org.zhsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.Article;

/**
 * The log of writes made through the API ({@code journal.jsonl} in the index home), one record per put or delete,
 * fsync'd before the write is acknowledged.
 *
 * <p>Why: a rebuild indexes the corpus directory, which does not contain articles written through the API. Every
 * rebuild (and every process switching to a rebuilt generation) replays the journal on top of the corpus, in
 * order, so no acknowledged write is lost to a rebuild. Replay is idempotent: puts replace by article id and
 * deletes delete by id.
 *
 * <p>Framing: a record is one line, {@code <CRC-32C of the JSON, 8 hex digits> <JSON>\n}, so a record that was cut
 * short (disk full, a crash while appending — never acknowledged) is recognised. A torn tail is cut off before
 * the next append: otherwise the next record would be glued onto it, and replay, which skips the unreadable line,
 * would lose an acknowledged write. A record whose write to the index then fails is cut off again
 * ({@link #truncate}), so a write the client was told failed never comes back at the next rebuild. Lines without a
 * checksum (journals written before framing) are still read.
 */
public final class WriteJournal {
    private static final Logger LOG = LoggerFactory.getLogger(WriteJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();
    static final String FILE = "journal.jsonl";
    private static final int CRC_CHARS = 8;

    /** One journalled write: {@code put} with an article, or {@code delete} with an id. */
    public record Entry(String op, String id, Article article) {
        public static Entry put(Article a) {
            return new Entry("put", a.id(), a);
        }

        public static Entry delete(String id) {
            return new Entry("delete", id, null);
        }
    }

    private final Path file;
    private volatile long truncations;

    public WriteJournal(IndexHome home) {
        this.file = home.path().resolve(FILE);
    }

    /**
     * Appends an entry and forces it to disk, after cutting off a torn tail left by an earlier failed append.
     *
     * @return the journal's length before this record: pass it to {@link #truncate} if the write it records fails
     */
    public synchronized long append(Entry entry) {
        byte[] line = frame(entry);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ)) {
                long start = cutTornTail(ch);
                try {
                    ByteBuffer buf = ByteBuffer.wrap(line);
                    long at = start;
                    while (buf.hasRemaining()) {
                        at += ch.write(buf, at);
                    }
                    ch.force(false);
                } catch (IOException e) {
                    cutBack(ch, start);
                    throw e;
                }
                return start;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the write journal " + file, e);
        }
    }

    /** Cuts off a torn tail (a record a crash or a full disk left half-written), as when the index is opened. */
    public synchronized void repair() {
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
        if (size == 0) {
            return 0;
        }
        long end = size;
        // walk back to the last newline; a torn record is short, but read in blocks to be safe on large ones
        ByteBuffer block = ByteBuffer.allocate(8192);
        while (end > 0) {
            long from = Math.max(0, end - block.capacity());
            block.clear().limit((int) (end - from));
            ch.read(block, from);
            for (int i = block.position() - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    long complete = from + i + 1;
                    if (complete < size) {
                        LOG.warn("cut a torn record of {} bytes off the end of {} (a write that was never "
                                + "acknowledged)", size - complete, file);
                        cutBack(ch, complete);
                    }
                    return complete;
                }
            }
            end = from;
        }
        LOG.warn("cut a torn record of {} bytes off {} (a write that was never acknowledged)", size, file);
        cutBack(ch, 0);
        return 0;
    }

    private static void cutBack(FileChannel ch, long length) throws IOException {
        ch.truncate(length);
        ch.force(true);
    }

    /** Replays every complete, intact entry in order; a damaged line is skipped with a warning. */
    public void replay(Consumer<Entry> apply) {
        replay(0, apply);
    }

    /**
     * Replays the complete, intact entries that start at or after byte {@code from}, in order.
     *
     * @return the offset just after the last complete record read: the next replay can start there
     */
    public long replay(long from, Consumer<Entry> apply) {
        return scan(from, Long.MAX_VALUE, apply);
    }

    /**
     * Applies the complete records from byte {@code from} up to (not past) byte {@code upTo}; returns the offset just
     * after the last complete record read. An incomplete last line (being appended, or torn) is left for later.
     */
    private long scan(long from, long upTo, Consumer<Entry> apply) {
        if (!Files.isRegularFile(file)) {
            return from;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.skipNBytes(from);
            long offset = from;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b; offset < upTo && (b = in.read()) >= 0; ) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                offset += line.size() + 1;
                apply(line.toString(StandardCharsets.UTF_8), offset, apply);
                line.reset();
            }
            return offset;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the write journal " + file, e);
        }
    }

    private void apply(String line, long endOffset, Consumer<Entry> apply) {
        if (line.isBlank()) {
            return;
        }
        Entry e = parse(line);
        if (e == null) {
            LOG.warn("ignoring a damaged journal record ending at byte {} of {} (checksum mismatch or torn write)",
                    endOffset, file);
            return;
        }
        apply.accept(e);
    }

    private static Entry parse(String line) {
        String json = verified(line);
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Entry.class);
        } catch (JsonProcessingException bad) {
            return null;
        }
    }

    /**
     * Writes the compaction of the records before byte {@code upTo} — the last record of each article id, which
     * replays to exactly the same index, since puts replace and deletes delete by id — to a temporary file, and
     * returns it for {@link #install}. Runs while writers keep appending.
     */
    public Path compact(long upTo) {
        Map<String, Entry> last = new LinkedHashMap<>();
        scan(0, upTo, e -> {
            last.remove(e.id());
            last.put(e.id(), e);
        });
        Path tmp = file.resolveSibling(FILE + ".compact");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Entry e : last.values()) {
                writeFully(ch, frame(e));
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compacted journal " + tmp, e);
        }
        return tmp;
    }

    /**
     * Makes {@code compacted} (from {@link #compact}{@code (upTo)}) the journal, after appending to it everything
     * recorded since {@code upTo}. The caller must keep appends out meanwhile (the live index holds its lock).
     */
    public synchronized void install(Path compacted, long upTo) {
        try (FileChannel out = FileChannel.open(compacted, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            for (long at = upTo; at < size; ) {
                at += in.transferTo(at, size - at, out);
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the compacted journal " + compacted, e);
        }
        try {
            Files.move(compacted, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            IndexHome.fsyncDirectory(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the journal " + file, e);
        }
    }

    /** Bytes in the journal now. */
    public long size() {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] frame(Entry entry) {
        try {
            String json = JSON.writeValueAsString(entry);
            return (checksum(json) + " " + json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a journal entry", e);
        }
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** The JSON of a framed line whose checksum matches, an unframed (older) line as is, or null. */
    static String verified(String line) {
        if (line.startsWith("{")) {
            return line;
        }
        if (line.length() < CRC_CHARS + 2 || line.charAt(CRC_CHARS) != ' ') {
            return null;
        }
        String json = line.substring(CRC_CHARS + 1);
        return checksum(json).equals(line.substring(0, CRC_CHARS)) ? json : null;
    }

    private static String checksum(String json) {
        CRC32C crc = new CRC32C();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return HEX.toHexDigits((int) crc.getValue());
    }

    public boolean isEmpty() {
        try {
            return !Files.isRegularFile(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return true;
        }
    }
}
