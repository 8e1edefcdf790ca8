package org.zhsearch.build;

import java.io.IOException;
import java.io.InputStream;
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
    /** The state of {@code file} (following links), or null when it cannot be read now. */
    static FileState of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    /** Hex SHA-256 of the file's bytes, or {@code ""} when it cannot be read (it is then read as changed). */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** True when the manifest's {@code entry} has this size and time: the file is taken as unchanged unread. */
    boolean sameAs(CorpusManifest.FileEntry entry) {
        return entry != null && entry.size() == size && entry.modifiedMillis() == modifiedMillis;
    }
}
