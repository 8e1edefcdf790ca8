/**
 * The query language: {@link org.zhsearch.query.QueryParser} turns user text into a {@link org.zhsearch.query.QueryNode}
 * tree that has no Lucene types. Mapping the tree to an engine's query happens in one class per engine
 * ({@code engine.embedded.LuceneQueryMapper} for the embedded Lucene index, {@code
 * engine.opensearch.OpenSearchQueryMapper} for OpenSearch).
 */
package org.zhsearch.query;
