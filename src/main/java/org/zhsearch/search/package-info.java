/**
 * Searching: {@link org.zhsearch.search.LuceneQueryMapper} (query tree → Lucene), {@link
 * org.zhsearch.search.ParagraphSearcher} (filters, exact totals, paging, grouping) and {@link
 * org.zhsearch.search.Highlighter}. Internal to zhsearch; use the {@code ZhSearch} facade.
 */
package org.zhsearch.search;
