package org.zhsearch.api;

/**
 * What an update ({@link IndexOptions#update()}) did: the corpus files it found added, changed, removed or
 * unchanged since the index's corpus manifest, and the articles it wrote and deleted. Files whose size and
 * modification time are unchanged are not read; a changed time with the same bytes (a {@code touch}) counts as
 * unchanged. A file skipped whole (unreadable, binary, no paragraphs) is not recorded: every update reads it again
 * and lists it in {@link IndexReport#skipped()}, counted in none of the file counts here.
 *
 * @param fullRebuild     true when the index had no corpus manifest (built before updates existed, or by a failed
 *                        build) and a full rebuild ran instead; the counts below are then 0
 * @param filesAdded      corpus files not in the manifest, read
 * @param filesChanged    files whose bytes changed, read again
 * @param filesRemoved    files in the manifest that are gone: their articles were deleted
 * @param filesUnchanged  files left as they were
 * @param articlesWritten articles added or replaced
 * @param articlesDeleted articles deleted (of removed files, or ids a changed {@code .jsonl} no longer has)
 * @param apiKept         corpus articles not touched because an API write of the same id wins
 */
public record SyncReport(
        boolean fullRebuild,
        int filesAdded,
        int filesChanged,
        int filesRemoved,
        int filesUnchanged,
        long articlesWritten,
        long articlesDeleted,
        long apiKept) {
    /** The report of an update that ran a full rebuild instead. */
    public static SyncReport rebuiltInstead() {
        return new SyncReport(true, 0, 0, 0, 0, 0, 0, 0);
    }
}
