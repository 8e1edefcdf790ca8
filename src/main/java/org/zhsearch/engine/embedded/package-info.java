/**
 * The embedded engine: a Lucene index on this machine ({@link org.zhsearch.engine.embedded.EmbeddedEngine}).
 * {@link org.zhsearch.engine.embedded.LuceneQueryMapper} translates the engine-neutral ranking plan
 * ({@link org.zhsearch.engine.RankingPlan}: what matches, what scores, every weight) into Lucene queries;
 * {@link org.zhsearch.engine.embedded.LuceneSearch} runs them with exact totals, paging and article grouping
 * ({@link org.zhsearch.engine.embedded.ArticleGroups}); {@link org.zhsearch.engine.embedded.Suggester} lists
 * title and heading keywords by prefix and samples paragraphs for suggestions ({@code search.Suggesting} makes them). Storage — generations, the write journal, the document layout — is
 * {@link org.zhsearch.index}. Internal to zhsearch.
 *
 * <p>Design: the exact hits and their total never depend on ranking — every prior is a SHOULD clause beside the
 * MUST match, and related results come from a separate query that excludes every exact hit.
 *
 * <p>Article-level conditions ({@code PlanNode.InArticle}: the title and declared text fields' words, indexed on an
 * article's first paragraph only) are a join: {@link org.zhsearch.engine.embedded.InArticleQuery} runs the filter on
 * first paragraphs when the search rewrites it, against the same searcher, and checks each candidate paragraph's
 * article id ordinal against the matched ones of its segment.
 */
package org.zhsearch.engine.embedded;
