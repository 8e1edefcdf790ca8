package org.zhsearch.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip inside DOCX, ODT and EPUB, read within {@link ExtractionLimits}: every byte inflated is counted as it is
 * read, against the whole document's budget ({@code maxInflatedBytes}) and each entry's ratio to its compressed size
 * ({@code maxInflateRatio}, checked once an entry passes 1 MB so small well-compressing XML is not suspect). Over
 * either, reading throws {@link ZipBombException}, which the extractor turns into "zip bomb: …". Nothing is read
 * whole: callers stream entries. One instance per extraction (not thread-safe).
 */
final class BoundedZip implements AutoCloseable {
    private static final long RATIO_GRACE = 1024 * 1024;

    private final ZipFile zip;
    private final ExtractionLimits limits;
    private final Blocks blocks;
    private long inflated;

    private BoundedZip(ZipFile zip, ExtractionLimits limits, Blocks blocks) {
        this.zip = zip;
        this.limits = limits;
        this.blocks = blocks;
    }

    /** Opens {@code file} as a zip, or says it is not one ({@code format} names what it should have been). */
    static BoundedZip open(Path file, String format, ExtractionLimits limits, Blocks blocks) throws UnusableDocument {
        try {
            if (!OleFiles.isZip(file)) {
                throw new UnusableDocument("not a " + format + " file: it is not a zip archive (plain text or another"
                        + " format with a ." + format.toLowerCase(java.util.Locale.ROOT) + " name?)");
            }
            return new BoundedZip(new ZipFile(file.toFile()), limits, blocks);
        } catch (ZipException e) {
            throw new UnusableDocument("truncated or damaged " + format + " file: its zip archive is incomplete ("
                    + e.getMessage() + "); copy it again or open and save it again in a word processor");
        } catch (IOException e) {
            throw new UnusableDocument("cannot read: " + e.getMessage(), e);
        }
    }

    /** The entry named {@code name}, if present. */
    Optional<ZipEntry> entry(String name) {
        return Optional.ofNullable(zip.getEntry(name));
    }

    /** All entries, in the archive's order. */
    List<ZipEntry> entries() {
        return java.util.Collections.list(zip.entries()).stream()
                .map(e -> (ZipEntry) e)
                .toList();
    }

    /** Streams {@code entry}, counting what it inflates. */
    InputStream open(ZipEntry entry) throws IOException {
        return new Counting(zip.getInputStream(entry), entry);
    }

    /** Reads every entry to its end, checking the limits, without keeping anything (for libraries that read zips). */
    void inflateAll() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry : entries()) {
            try (InputStream in = open(entry)) {
                while (in.read(buffer) >= 0) {
                    // counted by the stream
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Thrown while reading when an entry or the document inflates past the limits. */
    static final class ZipBombException extends IOException {
        ZipBombException(String message) {
            super(message);
        }
    }

    /**
     * Turns a failure met while reading an entry into the document's reason: a zip bomb or the time limit (found
     * anywhere in the cause chain, since XML parsers wrap the stream's exception), else a damaged file.
     */
    static UnusableDocument unusable(Exception e, String format) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return new UnusableDocument(t.getMessage());
            }
            if (t instanceof ZipBombException) {
                return new UnusableDocument("zip bomb: " + t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new UnusableDocument(
                "truncated or damaged " + format + " file (" + e.getMessage() + "): open and save it again", e);
    }

    private final class Counting extends FilterInputStream {
        private final ZipEntry entry;
        private long read;

        Counting(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)]) < 0 ? 0 : Math.min(n, 8192);
        }

        private void count(int n) throws IOException {
            read += n;
            inflated += n;
            if (inflated > limits.maxInflatedBytes()) {
                throw new ZipBombException(
                        "it inflates to more than " + mb(limits.maxInflatedBytes()) + " (the extraction limit)");
            }
            long compressed = Math.max(entry.getCompressedSize(), 1);
            if (read > RATIO_GRACE && read > compressed * limits.maxInflateRatio()) {
                throw new ZipBombException("entry " + entry.getName() + " inflates more than "
                        + limits.maxInflateRatio() + " times its compressed size (" + compressed + " bytes)");
            }
            try {
                blocks.checkTime();
            } catch (UnusableDocument e) {
                throw new TimeoutException(e.getMessage());
            }
        }
    }

    /** The time limit passed while inflating. */
    static final class TimeoutException extends IOException {
        TimeoutException(String message) {
            super(message);
        }
    }

    private static String mb(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }
}
