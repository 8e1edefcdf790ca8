/**
 * The write log both engines keep of articles written through the API: the typed record ({@link
 * org.zhsearch.writes.Write}, a put or a delete), the log's reading side ({@link org.zhsearch.writes.WriteLog}) and
 * the one replay ({@link org.zhsearch.writes.LatestWrites}). How a log is stored is the engine's business: a
 * checksummed journal file in the index home (embedded), an index {@code <alias>-writes} (OpenSearch).
 */
package org.zhsearch.writes;
