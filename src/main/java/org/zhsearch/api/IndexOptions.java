package org.zhsearch.api;

/**
 * How to build an index.
 *
 * @param threads     indexing threads (≥ 1); defaults to the number of cores
 * @param ramBufferMb IndexWriter RAM buffer in MB
 */
public record IndexOptions(int threads, int ramBufferMb) {
    public IndexOptions {
        if (threads < 1) {
            throw new InvalidRequestException("threads must be at least 1, got " + threads);
        }
        if (ramBufferMb < 16) {
            throw new InvalidRequestException("ramBufferMb must be at least 16, got " + ramBufferMb);
        }
    }

    public static IndexOptions defaults() {
        return new IndexOptions(Runtime.getRuntime().availableProcessors(), 256);
    }

    public IndexOptions withThreads(int newThreads) {
        return new IndexOptions(newThreads, ramBufferMb);
    }
}
