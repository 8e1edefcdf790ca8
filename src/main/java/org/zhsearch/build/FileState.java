package org.zhsearch.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A corpus file's size and modification time (read without opening it), and the hash of its bytes: what the
 * manifest compares.
 */
record FileState(long size, long modifiedMillis) {
    /** How much of the SHA-256 the manifest keeps. */
    static final int HASH_BYTES = 16;

    private static final long MAX_BUFFER_BYTES = 64 * 1024;

    /** The state of {@code file} (following links), or null when it cannot be read now. */
    static FileState of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The first 128 bits of the SHA-256 of the file's bytes, in hex, or {@code ""} when it cannot be read (it is then
     * read as changed). Only ever compared with the same file's earlier hash, to tell a touched file from a changed
     * one, 128 bits are as safe as 256 for that; the whole hash was 84 % of the gzipped manifest (3.9 of 4.6 MB on
     * 91 560 files), since hex digests do not compress. A manifest written with whole hashes makes each file whose
     * size or time changed read once more.
     */
    static String sha256(Path file) {
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            MessageDigest digest = newDigest();
            // sized to the file, up to 64 KB: most corpus files are a few hundred bytes to a few KB, and a fixed 8 KB
            // buffer, zeroed for each of 91 560 short files, was a tenth of a build's allocations
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.clamp(in.size(), 1, MAX_BUFFER_BYTES));
            while (in.read(buffer) != -1) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
            return hex(digest);
        } catch (IOException e) {
            return "";
        }
    }

    /** {@link #sha256(Path)} of bytes already read. */
    static String sha256(byte[] bytes) {
        MessageDigest digest = newDigest();
        digest.update(bytes);
        return hex(digest);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest(), 0, HASH_BYTES);
    }

    /** True when the manifest's {@code entry} has this size and time: the file is taken as unchanged unread. */
    boolean sameAs(CorpusManifest.FileEntry entry) {
        return entry != null && entry.size() == size && entry.modifiedMillis() == modifiedMillis;
    }
}
