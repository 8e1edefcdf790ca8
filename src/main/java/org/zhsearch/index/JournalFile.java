package org.zhsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.writes.LatestWrites;
import org.zhsearch.writes.Write;
import org.zhsearch.writes.WriteLog;

/**
 * Reading the write journal ({@code journal.jsonl} in the index home) — what every process may do; appending,
 * cutting and compacting belong to the holder of the writer lock ({@link WriteJournal}).
 *
 * <p>Framing: a record is one line, {@code <CRC-32C of the JSON, 8 hex digits> <JSON>\n}. A reader takes only
 * complete lines: an unterminated last line is a record the writer is still appending (or a torn one it will cut),
 * so it is "not yet written", never cut by a reader. Lines without a checksum (journals written before framing) are
 * read only at the start of the file, before the first framed record: an unframed line after framed ones is
 * damage, not history.
 */
public final class JournalFile implements WriteLog {
    private static final Logger LOG = LoggerFactory.getLogger(JournalFile.class);
    static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final HexFormat HEX = HexFormat.of();
    static final String FILE = "journal.jsonl";
    private static final int CRC_CHARS = 8;

    private final Path file;

    public JournalFile(IndexHome home) {
        this.file = home.path().resolve(FILE);
    }

    Path path() {
        return file;
    }

    /** Bytes in the journal now. */
    public long size() {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Brings an index up to date: applies the intact records numbered above {@code afterSeq} (the last of each
     * article, {@link LatestWrites}); returns the highest sequence number read (or {@code afterSeq} if none is higher).
     */
    public long replayAfter(long afterSeq, Consumer<Write> apply) {
        return replayLatest(afterSeq, Long.MAX_VALUE, apply).lastSeq();
    }

    @Override
    public long forEachAfter(long after, Consumer<Write> each) {
        return readAfter(after, Long.MAX_VALUE, each).lastSeq();
    }

    /** How far a replay read: the offset after its last complete record and the highest sequence number seen. */
    record Replayed(long offset, long lastSeq) {}

    /**
     * {@link LatestWrites#replay} of the complete records before byte {@code upTo}; both passes read the same
     * bytes (those the first pass found complete), however much is appended meanwhile.
     */
    Replayed replayLatest(long afterSeq, long upTo, Consumer<Write> apply) {
        long[] end = {upTo};
        boolean[] firstPass = {true};
        long last = LatestWrites.replay(
                (after, each) -> {
                    Replayed read = readAfter(after, end[0], each);
                    if (firstPass[0]) {
                        end[0] = read.offset();
                        firstPass[0] = false;
                    }
                    return read.lastSeq();
                },
                afterSeq,
                apply);
        return new Replayed(end[0], last);
    }

    private Replayed readAfter(long after, long upTo, Consumer<Write> each) {
        long[] last = {after};
        long end = scan(0, upTo, e -> {
            if (e.seq() > after) {
                each.accept(e.toWrite());
            }
            last[0] = Math.max(last[0], e.seq());
        });
        return new Replayed(end, last[0]);
    }

    /** The highest sequence number in the journal, 0 if none. */
    public long lastSeq() {
        long[] last = {0};
        scan(0, Long.MAX_VALUE, e -> last[0] = Math.max(last[0], e.seq()));
        return last[0];
    }

    /**
     * Applies the complete, intact records from byte {@code from} up to (not past) byte {@code upTo}; returns the
     * offset just after the last complete record read. An incomplete last line is left for later.
     */
    long scan(long from, long upTo, Consumer<JournalEntry> apply) {
        if (!Files.isRegularFile(file)) {
            return from;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.skipNBytes(from);
            long offset = from;
            boolean framedSeen = from > 0;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b; offset < upTo && (b = in.read()) >= 0; ) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                offset += line.size() + 1;
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (text.isBlank()) {
                    continue;
                }
                framedSeen |= !text.startsWith("{");
                JournalEntry e = parse(text, framedSeen);
                if (e == null) {
                    LOG.warn(
                            "ignoring a damaged journal record ending at byte {} of {} (checksum mismatch, torn "
                                    + "write or an unframed line after framed ones)",
                            offset,
                            file);
                    continue;
                }
                apply.accept(e);
            }
            return offset;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the write journal " + file, e);
        }
    }

    private static JournalEntry parse(String line, boolean framedSeen) {
        String json = verified(line, framedSeen);
        if (json == null) {
            return null;
        }
        try {
            JournalEntry e = JSON.readValue(json, JournalEntry.class);
            return e.op() == null || e.id() == null || (e.op() == JournalEntry.Op.PUT && e.article() == null)
                    ? null
                    : e;
        } catch (JsonProcessingException | IllegalArgumentException bad) {
            return null;
        }
    }

    /** The JSON of a framed line whose checksum matches, a leading unframed (older) line as is, or null. */
    static String verified(String line, boolean framedSeen) {
        if (line.startsWith("{")) {
            return framedSeen ? null : line;
        }
        if (line.length() < CRC_CHARS + 2 || line.charAt(CRC_CHARS) != ' ') {
            return null;
        }
        String json = line.substring(CRC_CHARS + 1);
        return checksum(json).equals(line.substring(0, CRC_CHARS)) ? json : null;
    }

    /** A record as it is written: checksum, space, JSON, newline. */
    static byte[] frame(JournalEntry entry) {
        try {
            String json = JSON.writeValueAsString(entry);
            return (checksum(json) + " " + json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a journal entry", e);
        }
    }

    private static String checksum(String json) {
        CRC32C crc = new CRC32C();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return HEX.toHexDigits((int) crc.getValue());
    }
}
