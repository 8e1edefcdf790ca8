/**
 * The engine seam: {@link org.zhsearch.engine.Engine} and the records that cross it. The facade
 * ({@link org.zhsearch.ZhSearch}) owns one engine, chosen from the configuration; the embedded Lucene engine is
 * {@link org.zhsearch.engine.embedded}. The reads of one request go to one
 * {@link org.zhsearch.engine.EngineSnapshot} ({@link org.zhsearch.engine.Engine#read}), so they see one index state
 * whatever is written meanwhile. Queries cross as trees ({@link org.zhsearch.query.QueryNode}) with synonyms
 * spelled out; results come back as stored paragraphs ({@link org.zhsearch.engine.StoredHit}) that the
 * engine-neutral layer highlights.
 */
package org.zhsearch.engine;
