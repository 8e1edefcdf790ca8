/**
 * The query language: {@link org.zhsearch.query.QueryParser} turns user text into a {@link org.zhsearch.query.QueryNode}
 * tree that has no Lucene types. How the tree is matched and ranked is decided once for every engine
 * ({@code engine.RankingPlan}); one class per engine translates that plan ({@code engine.embedded.LuceneQueryMapper}
 * for the embedded Lucene index, {@code engine.opensearch.OpenSearchQueryMapper} for OpenSearch).
 */
package org.zhsearch.query;
