package org.zhsearch.api;

/**
 * A corpus file (or one line of a .jsonl file) that could not be indexed.
 *
 * @param path   path relative to the corpus root, {@code :line} appended for a .jsonl line
 * @param reason why it was skipped, in words a user can act on
 */
public record SkippedFile(String path, String reason) {
}
