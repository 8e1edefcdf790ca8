/**
 * The one rebuild pipeline above both engines ({@link org.zhsearch.build.CorpusBuild}): it walks and reads the
 * corpus with the configured threads, hands articles to the engine's {@link org.zhsearch.build.BuildTarget},
 * replays the write log ({@link org.zhsearch.writes.LatestWrites}), applies the
 * {@link org.zhsearch.build.ShrinkGuard} once, records the {@link org.zhsearch.build.CorpusManifest} and builds the
 * report. An engine supplies only the target: add, apply a write, count, record the manifest, publish, discard.
 *
 * <p>The one update ({@link org.zhsearch.build.CorpusSync}) lives here too, so diffing, deciding and applying are
 * written once: an engine supplies a {@link org.zhsearch.build.SyncTarget} that stores the manifest and applies
 * corpus writes in place. Design decisions: the manifest is recorded after the writes it describes (a crash leaves
 * the old one, and writes by id are idempotent, so the next update converges); an id the write log holds is never
 * written by an update (the API's version wins, as in a rebuild's replay), and the log is read again after the
 * writes for API writes that raced them; size and modification time decide "unchanged" without reading, the
 * SHA-256 of the bytes decides the rest; a file skipped whole is not recorded, so it is tried again.
 */
package org.zhsearch.build;
