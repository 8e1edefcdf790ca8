/**
 * The one rebuild pipeline above both engines ({@link org.zhsearch.build.CorpusBuild}): it walks and reads the
 * corpus with the configured threads, hands articles to the engine's {@link org.zhsearch.build.BuildTarget},
 * replays the write log ({@link org.zhsearch.writes.LatestWrites}), applies the
 * {@link org.zhsearch.build.ShrinkGuard} once and builds the report. An engine supplies only the target: add,
 * apply a write, count, publish, discard.
 */
package org.zhsearch.build;
