/**
 * The embedded engine's storage (used only by {@link org.zhsearch.engine.embedded.EmbeddedEngine}): schema ({@link org.zhsearch.index.Fields}), article ↔ document mapping, bulk builds and the
 * generation swap protocol ({@link org.zhsearch.index.IndexHome}), and the live, refreshed index
 * ({@link org.zhsearch.index.LiveIndex}). Every writer uses {@link org.zhsearch.index.ZhsearchCodec} (stock codec,
 * smaller stored-field chunks for cheap hit loading). Writers analyse with the owning instance's
 * analysis ({@link org.zhsearch.index.IndexAnalyzer}). Internal to zhsearch; use the {@code ZhSearch} facade.
 */
package org.zhsearch.index;
