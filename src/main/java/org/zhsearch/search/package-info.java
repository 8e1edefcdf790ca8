/**
 * Searching: {@link org.zhsearch.search.LuceneQueryMapper} (query tree → Lucene), {@link
 * org.zhsearch.search.ParagraphSearcher} (filters, exact totals, paging, grouping, related results), {@link
 * org.zhsearch.search.RankingPriors} (role, length and title priors), {@link org.zhsearch.search.Relaxation} (the
 * relaxed query behind related results) and {@link org.zhsearch.search.Highlighter} (highlights, snippets).
 * Internal to zhsearch; use the {@code ZhSearch} facade.
 *
 * <p>Design: the exact hits and their total never depend on ranking — every prior is a SHOULD clause beside the
 * MUST match, and related results are a second, separate list computed only when exact hits are fewer than
 * {@code SearchRequest.RELATED_BELOW}, from a query that excludes every exact hit. Ranking changes are judged on
 * the graded queries of {@code src/test/resources/relevance} (README "Relevance"), not by intuition.
 */
package org.zhsearch.search;
