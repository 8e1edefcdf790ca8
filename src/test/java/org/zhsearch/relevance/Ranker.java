package org.zhsearch.relevance;

import java.util.List;

/** A ranking under evaluation: the first ten paragraph ids a user is shown for a query, in order. */
interface Ranker extends AutoCloseable {
    String name();

    /** Paragraph ids ({@code articleId#n}) of the top ten shown, best first; empty when nothing is shown. */
    List<String> top10(String query);

    /** The exact total the ranker reports, or -1 when it has none. */
    default long exactTotal(String query) {
        return -1;
    }

    /** Every exact hit's id, paging through them (up to the API's deepest page), or empty when it has none. */
    default java.util.Set<String> allExactHits(String query) {
        return java.util.Set.of();
    }

    @Override
    default void close() {}
}
