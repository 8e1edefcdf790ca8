package org.zhsearch.api;

import java.time.Instant;

/**
 * What an open index holds.
 *
 * @param articles   number of articles
 * @param paragraphs number of paragraphs (Lucene documents)
 * @param sizeBytes  bytes on disk of the live index generation
 * @param builtAt    when the live generation was built, or {@code null} if unknown
 * @param corpus     the corpus folder (absolute, real path) the index was built or last updated from, as its corpus
 *                   manifest records it, or {@code null} when it has none (built before manifests existed)
 */
public record IndexStats(long articles, long paragraphs, long sizeBytes, Instant builtAt, String corpus) {
    /** Stats without a known corpus folder. */
    public IndexStats(long articles, long paragraphs, long sizeBytes, Instant builtAt) {
        this(articles, paragraphs, sizeBytes, builtAt, null);
    }
}
