/**
 * Engine-neutral searching, above the engine seam: {@link org.zhsearch.search.Searching} (parse, spell out
 * synonyms, ask the engine, add related results, highlight; every read of one request from one engine snapshot), {@link org.zhsearch.search.Relaxation} (the relaxed
 * words behind related results), {@link org.zhsearch.search.PinyinAlternatives} (Latin letters read as pinyin: whole words of the
 * index's vocabulary),
 * {@link org.zhsearch.search.Highlighter} (highlights, also on the words pinyin matched; {@code Snippets}
 * picks a long paragraph's snippet) and {@link org.zhsearch.search.Suggesting} (completions: whole words and
 * titles, Chinese or pinyin). Internal to zhsearch; use the {@code ZhSearch} facade.
 *
 * <p>Design: the exact hits and their total never depend on ranking, and related results are a second, separate
 * list computed only when exact hits are fewer than {@code SearchRequest.RELATED_BELOW}, from a query that
 * excludes every exact hit. Ranking changes are judged on the graded queries of
 * {@code src/test/resources/relevance} (README "Relevance"), not by intuition.
 */
package org.zhsearch.search;
