package org.zhsearch.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON-lines file in batches of lines, holding one batch at a time (a file of any size imports in bounded
 * memory). A line longer than {@link #MAX_LINE_BYTES} is not kept: it comes back as {@code null}, to be reported as
 * that line's error, and reading goes on after it.
 */
final class JsonlBatches implements AutoCloseable {
    /** Longest line kept: an article larger than this is no article a server would take in one request either. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final InputStream in;
    private final int batchLines;
    private long bytesRead;
    private int nextLine = 1;
    private boolean done;

    JsonlBatches(InputStream in, int batchLines) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.batchLines = batchLines;
    }

    /**
     * Lines of a batch: {@code firstLine} is the file's line number of {@code lines.get(0)}; a {@code null} line was
     * too long.
     */
    record Batch(int firstLine, List<byte[]> lines) {}

    /** The next batch, or {@code null} at the end of the file. */
    Batch next() throws IOException {
        if (done) {
            return null;
        }
        List<byte[]> lines = new ArrayList<>(batchLines);
        int first = nextLine;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        while (lines.size() < batchLines) {
            int b = in.read();
            if (b >= 0) {
                bytesRead++;
            }
            if (b == '\n' || b < 0) {
                if (b < 0 && line.size() == 0 && !tooLong) {
                    done = true;
                    break;
                }
                lines.add(tooLong ? null : line.toByteArray());
                line.reset();
                tooLong = false;
                nextLine++;
                if (b < 0) {
                    done = true;
                    break;
                }
            } else if (!tooLong) {
                line.write(b);
                if (line.size() > MAX_LINE_BYTES) {
                    tooLong = true;
                    line = new ByteArrayOutputStream(); // let the long line's bytes go
                }
            }
        }
        return lines.isEmpty() ? null : new Batch(first, lines);
    }

    /** Bytes of the file read so far (for the progress bar). */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
