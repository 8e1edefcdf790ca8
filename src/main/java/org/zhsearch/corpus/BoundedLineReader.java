package org.zhsearch.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by LF, CRLF or lone CR) from a buffered reader, never holding more than {@code maxChars} of a
 * line in memory: the rest of a longer line is discarded and the line is reported as too long.
 */
final class BoundedLineReader implements Closeable {
    /** One line; {@code text} is {@code null} when the line was longer than the limit. */
    record Line(String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private int pos;
    private int len;
    private boolean skipLf;

    BoundedLineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or {@code null} at end of input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buffer);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? new Line(tooLong ? null : line.toString()) : null;
                }
            }
            char c = buffer[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return new Line(tooLong ? null : line.toString());
            }
            if (!tooLong) {
                if (line.length() >= maxChars) {
                    tooLong = true;
                    line = new StringBuilder();
                } else {
                    line.append(c);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
