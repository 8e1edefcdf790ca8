/**
 * The engine seam: {@link org.zhsearch.engine.Engine} and the records that cross it. The facade
 * ({@link org.zhsearch.ZhSearch}) owns one engine, chosen from the configuration; the embedded Lucene engine is
 * {@link org.zhsearch.engine.embedded}. The reads of one request go to one
 * {@link org.zhsearch.engine.EngineSnapshot} ({@link org.zhsearch.engine.Engine#read}), so they see one index state
 * whatever is written meanwhile. Queries cross as trees ({@link org.zhsearch.query.QueryNode}) with synonyms
 * spelled out; results come back as stored paragraphs ({@link org.zhsearch.engine.StoredHit}) that the
 * engine-neutral layer highlights.
 *
 * <p>Ranking is decided here, once, for every engine: {@link org.zhsearch.engine.RankingPlan#of} turns an
 * {@link org.zhsearch.engine.EngineQuery} or a {@link org.zhsearch.engine.RelatedQuery} into a tree of
 * {@link org.zhsearch.engine.PlanNode}s ({@code RankingPlanner}): each term's exact recall clause and optional words
 * phrase, the pinyin weight and literal bonus, the related query's word and proximity bonuses, the role, length and
 * title priors, with the weights of {@link org.zhsearch.engine.Ranking}, in the clause order the scores are summed
 * in. The plan is data: analysed terms at relative positions, field names of {@code schema.Fields}, occurrences and
 * weights. Each engine's mapper ({@code LuceneQueryMapper}, {@code OpenSearchQueryMapper}) translates it node for
 * node with one exhaustive {@code switch} over the sealed {@code PlanNode}, so a new kind of node does not compile
 * until every engine handles it, and no mapper holds a weight or a composition choice of its own. Before the plan,
 * each mapper composed the same queries by hand and only a parity run kept them alike.
 */
package org.zhsearch.engine;
