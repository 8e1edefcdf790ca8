/**
 * The OpenSearch engine ({@link org.zhsearch.engine.opensearch.OpenSearchEngine}, {@code backend=opensearch}): the
 * index lives on an OpenSearch cluster, which stores and scores. Analysis stays in our Java code, so both engines
 * index identical terms: paragraphs are sent pre-cut ({@code IndexSchema}, {@code ParagraphJson}), and
 * {@code OpenSearchQueryMapper} translates the engine-neutral ranking plan ({@link org.zhsearch.engine.RankingPlan})
 * into query DSL, node for node as the embedded engine translates it into Lucene queries.
 * {@code Searches} pages paragraphs or articles with exact totals; {@code OpenSearchFacets} counts exactly; both
 * read one {@code PointInTime}.
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
 * <p>One point in time per request: the reads of one search (pinyin and relaxation counts, the page, related results,
 * facets: 5–10 requests, several depending on earlier answers) go to one OpenSearch point in time, opened by
 * {@code Engine.snapshot()} and deleted when the request ends, so a concurrent write's refresh never lands between
 * them. Chosen over one {@code _msearch}: the requests depend on each other's answers (counts decide the query,
 * composite aggregations page), and the searches of one {@code _msearch} each open their own readers, so it would not
 * give one state either. The price, measured on the 3-node test cluster (one 2-core machine, busy): a search
 * through the facade took 32 ms instead of 22 (median of 400, two runs each, a mix with facets, relaxation and
 * pinyin);
 * creating and deleting a point in time is 3–4 ms of that, the rest is its searches, which must go to the shard copies
 * holding its contexts. Deleting it in the background gained nothing measurable, so close waits for the delete.
 * A lost point in time (its index deleted after a rebuild moved the alias, its node gone) is not tried again
 * ({@code Cluster.sendPinned}: shard failures and 503s fail at once) but thrown as {@code EngineSnapshot.Lost}, and
 * {@code Engine.read} starts the request again on a new one. Each read keeps its own {@code opensearch.timeoutMs}
 * deadline, as before; the delete has its own, and its failure only logs (the cluster drops the point in time after
 * {@code keep_alive}, 1 minute, renewed by each search).
 *
 * <p>The vocabulary pinyin and suggestions look words up in ({@code ClusterVocabulary}) is read from the index itself:
 * a {@code composite} aggregation over the {@code words} field (mapped with {@code fielddata}) walked to its end,
 * kept while the index is unchanged — keyed by the physical index's uuid and its count of external refreshes, one
 * {@code _stats} call per pinyin query or suggestion. Chosen over a companion index {@code <alias>-vocabulary} with
 * a count per word: that one would have to be kept in step by every write, delete, rebuild and update (a delete
 * must know the words it takes away), while the aggregation is correct by construction, counts live paragraphs as
 * the embedded engine does (so both engines pick the same words), and needs nothing from the write path. The price:
 * {@code fielddata} holds the field's terms in the cluster's heap, and after each write the first pinyin query pays
 * one full aggregation (2 pages of 10 000 words on the dev corpus's 17 563). A corpus of millions of paragraphs would want the companion index.
 *
 * <p>Deadlines: every engine operation answers within {@code opensearch.timeoutMs}. {@code Cluster} sends the
 * requests through the official client and retries lost connections, 503s and partial shard answers while the
 * operation's {@code Deadline} allows; {@code Deadlines} gives the requests of one operation on one thread one
 * deadline, and {@code ClusterErrors} turns the cluster's errors into ours. A rebuild is long, so each of its
 * requests has a deadline of its own.
 *
 * <p>The corpus manifest of each physical index is a document of {@code <alias>-corpus} ({@code CorpusStore}),
 * written by a rebuild before the alias moves; an update ({@code CorpusSyncTarget}) writes corpus articles to the
 * index behind the alias with version 0, like a rebuild, so paragraphs an API write versioned higher are never
 * overwritten.
 */
package org.zhsearch.engine.opensearch;
