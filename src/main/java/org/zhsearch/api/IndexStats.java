package org.zhsearch.api;

import java.time.Instant;

/**
 * What an open index holds.
 *
 * @param articles   number of articles
 * @param paragraphs number of paragraphs (Lucene documents)
 * @param sizeBytes  bytes on disk of the live index generation
 * @param builtAt    when the live generation was built, or {@code null} if unknown
 */
public record IndexStats(long articles, long paragraphs, long sizeBytes, Instant builtAt) {}
