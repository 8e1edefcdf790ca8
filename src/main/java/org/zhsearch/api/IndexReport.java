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
 * @param sync       what an update did, or {@code null} for a full rebuild; for an update, the counts above are of
 *                   the files it read
 */
public record IndexReport(
        long articles,
        long paragraphs,
        long chars,
        long bytesRead,
        List<SkippedFile> skipped,
        Duration elapsed,
        SyncReport sync) {
    public IndexReport {
        skipped = List.copyOf(skipped);
    }

    /** The report of a full rebuild. */
    public IndexReport(
            long articles, long paragraphs, long chars, long bytesRead, List<SkippedFile> skipped, Duration elapsed) {
        this(articles, paragraphs, chars, bytesRead, skipped, elapsed, null);
    }

    /** This report with {@code sync} as what the update did. */
    public IndexReport withSync(SyncReport newSync) {
        return new IndexReport(articles, paragraphs, chars, bytesRead, skipped, elapsed, newSync);
    }
}
