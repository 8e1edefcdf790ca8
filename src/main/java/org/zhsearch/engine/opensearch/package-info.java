/**
 * The OpenSearch engine ({@link org.zhsearch.engine.opensearch.OpenSearchEngine}, {@code backend=opensearch}): the
 * index lives on an OpenSearch cluster, which stores and scores. Analysis stays in our Java code, so both engines
 * index identical terms: paragraphs are sent pre-cut ({@code IndexSchema}, {@code ParagraphJson}), and
 * {@code OpenSearchQueryMapper} translates the engine-neutral ranking plan ({@link org.zhsearch.engine.RankingPlan})
 * into query DSL, node for node as the embedded engine translates it into Lucene queries.
 * {@code Searches} pages paragraphs or articles with exact totals; {@code OpenSearchFacets} counts exactly.
 * {@code IndexSetup} creates what is missing at start (retrying in the background while no node answers);
 * {@code HealthCheck} says whether the cluster serves and takes writes ({@code IndexBlocks}). Internal to zhsearch.
 *
 * <p>Writes are recorded before they are applied. A put or delete is first stored in {@code <alias>-writes}
 * ({@code WritesStore}: one shard, so {@code _seq_no} orders the writes of every process), then applied to the
 * index behind the alias in one bulk request and one refresh ({@code ArticleWrites}, {@code Bulk}), so a reader
 * sees the whole old article or the whole new one. Each paragraph carries its write's sequence + 1 as external
 * version (corpus paragraphs 0), so an older write never overwrites a newer one, whatever order processes apply
 * them in. A write that fails to apply is cut back out of the store, so no rebuild brings it back.
 *
 * <p>A rebuild is the one pipeline of both engines ({@code org.zhsearch.build.CorpusBuild}); this engine's target
 * ({@code IndexBuild}) is a new physical index {@code <alias>-<time>} ({@code IndexNames}), filled by bulk requests
 * from the pipeline's worker threads, the recorded writes replayed into it (the store's checkpoint read first, noted
 * in the index's {@code _meta}); publishing moves the alias in one {@code _aliases} call. Then it catches
 * up: every write recorded after the checkpoint is applied again to the new index. Nothing is locked: a writer
 * checks the alias after applying and applies again when it moved, so an acknowledged write never stays only in
 * an index about to be deleted.
 *
 * <p>Deadlines: every engine operation answers within {@code opensearch.timeoutMs}. {@code Cluster} sends the
 * requests through the official client and retries lost connections, 503s and partial shard answers while the
 * operation's {@code Deadline} allows; {@code Deadlines} gives the requests of one operation on one thread one
 * deadline, and {@code ClusterErrors} turns the cluster's errors into ours. A rebuild is long, so each of its
 * requests has a deadline of its own.
 */
package org.zhsearch.engine.opensearch;
