/**
 * The index: schema ({@link org.zhsearch.index.Fields}), article ↔ document mapping, bulk builds and the
 * generation swap protocol ({@link org.zhsearch.index.IndexHome}), and the live, refreshed index
 * ({@link org.zhsearch.index.LiveIndex}). Every writer uses {@link org.zhsearch.index.ZhsearchCodec} (stock codec,
 * smaller stored-field chunks for cheap hit loading). Internal to zhsearch; use the {@code ZhSearch} facade.
 */
package org.zhsearch.index;
