package org.zhsearch.api;

import java.util.List;

/**
 * A page of hits.
 *
 * @param query  the query as given
 * @param total  exact number of matching paragraphs (articles when grouped by article)
 * @param tookMs time spent searching, milliseconds
 * @param hits   the requested page
 */
public record SearchResult(String query, long total, long tookMs, List<Hit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
