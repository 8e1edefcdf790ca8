package org.zhsearch.api;

/**
 * A corpus file (or one line of a .jsonl file) that could not be indexed, or was indexed with a repair.
 *
 * @param path   path relative to the corpus root, {@code :line} appended for a .jsonl line
 * @param reason why it was skipped, in words a user can act on; for a kept one, what was repaired
 * @param kept   true if the file or line was indexed anyway and this is a problem report (bytes that are not UTF-8
 *               replaced by U+FFFD, a {@code .jsonl} date that was not understood), false if it was skipped
 */
public record SkippedFile(String path, String reason, boolean kept) {
    /** A file or line that was skipped. */
    public SkippedFile(String path, String reason) {
        this(path, reason, false);
    }

    /** A file or line that was indexed with a repair {@code reason} describes. */
    public static SkippedFile kept(String path, String reason) {
        return new SkippedFile(path, reason, true);
    }
}
