package org.zhsearch.api;

import java.util.List;

/**
 * A page of hits.
 *
 * @param query  the query as given
 * @param total  exact number of matching paragraphs (articles when grouped by article)
 * @param tookMs time spent searching, milliseconds
 * @param hits   the requested page
 * @param related      on the first page ({@code offset} 0) when exact hits are fewer than
 *                     {@link SearchRequest#RELATED_BELOW} and the mode allows it: the best paragraphs for the
 *                     relaxed query that are not exact hits, at most {@code limit}; each has {@link Hit#matched()}.
 *                     Empty otherwise
 * @param relatedTotal how many paragraphs (articles when grouped) the relaxed query matches besides the exact hits
 * @param relaxedQuery the words of the relaxed query, space-separated, or {@code null} when none was run
 */
public record SearchResult(String query, long total, long tookMs, List<Hit> hits, List<Hit> related,
                           long relatedTotal, String relaxedQuery) {
    public SearchResult {
        hits = List.copyOf(hits);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A result without related hits. */
    public SearchResult(String query, long total, long tookMs, List<Hit> hits) {
        this(query, total, tookMs, hits, List.of(), 0, null);
    }
}
