package org.zhsearch.api;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of building an index from a corpus.
 *
 * @param articles   articles indexed
 * @param paragraphs paragraphs indexed
 * @param chars      characters of paragraph text indexed
 * @param bytesRead  bytes of corpus files read
 * @param skipped    files (or .jsonl lines) skipped, with reasons
 * @param elapsed    wall time
 */
public record IndexReport(
        long articles, long paragraphs, long chars, long bytesRead, List<SkippedFile> skipped, Duration elapsed) {
    public IndexReport {
        skipped = List.copyOf(skipped);
    }
}
