/**
 * The public records and exceptions of zhsearch's library API. No logic and no Lucene types live here, so the
 * same records can serve a later SolrCloud/OpenSearch engine.
 */
package org.zhsearch.api;
