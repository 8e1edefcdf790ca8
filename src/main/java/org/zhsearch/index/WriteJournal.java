package org.zhsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.Article;

/**
 * The log of writes made through the API ({@code journal.jsonl} in the index home), one JSON line per put or
 * delete, fsync'd before the write is acknowledged.
 *
 * <p>Why: a rebuild indexes the corpus directory, which does not contain articles written through the API. Every
 * rebuild (and every process switching to a rebuilt generation) replays the journal on top of the corpus, in
 * order, so no acknowledged write is lost to a rebuild. Replay is idempotent: puts replace by article id and
 * deletes delete by id. A torn last line (a crash while appending, never acknowledged) is ignored.
 */
public final class WriteJournal {
    private static final Logger LOG = LoggerFactory.getLogger(WriteJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE = "journal.jsonl";

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

    public WriteJournal(IndexHome home) {
        this.file = home.path().resolve(FILE);
    }

    /** Appends an entry and forces it to disk. */
    public synchronized void append(Entry entry) {
        try {
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the write journal " + file, e);
        }
    }

    /** Replays every complete entry in order. */
    public void replay(Consumer<Entry> apply) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Entry e;
                try {
                    e = JSON.readValue(line, Entry.class);
                } catch (JsonProcessingException bad) {
                    LOG.warn("ignoring unreadable journal line {} of {} (torn write?)", n, file);
                    continue;
                }
                apply.accept(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the write journal " + file, e);
        }
    }

    public boolean isEmpty() {
        try {
            return !Files.isRegularFile(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return true;
        }
    }
}
