package org.zhsearch.api;

/** Receives progress while an index is built. Called from indexing threads; implementations must be thread-safe. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {};

    /** The corpus walk found {@code files} files totalling {@code bytes} bytes (called once, before indexing). */
    default void started(long files, long bytes) {}

    /** One file was read: {@code articles} and {@code paragraphs} it contributed and its size in bytes. */
    default void fileDone(String path, int articles, int paragraphs, long bytes) {}

    /** A file or .jsonl line was skipped, or indexed with a repair ({@link SkippedFile#kept()}). */
    default void skipped(SkippedFile skipped) {}
}
