package org.zhsearch.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param facets       when the request named {@link SearchRequest#facets()}: per facet ({@link Facet#label()}, in
 *                     the order of {@link Facet}) the values of all exact matches with their exact counts, most
 *                     frequent first, equal counts by value, at most {@link Limits#FACET_VALUES}; related results
 *                     are not counted. {@code null} when no facet was asked for
 * @param notice       when the query did not parse and was searched as its literal words
 *                     ({@link SearchRequest#strictSyntax()} false): what was wrong and what was searched instead;
 *                     {@code null} otherwise
 * @param variants     the regional variants that were searched besides the query's terms and occur in the hits
 *                     returned (README "Regional vocabulary"): term as typed → the other region's words, e.g.
 *                     {@code {"軟體": ["软件"]}}; {@code null} when none does
 */
public record SearchResult(
        String query,
        long total,
        long tookMs,
        List<Hit> hits,
        List<Hit> related,
        long relatedTotal,
        String relaxedQuery,
        Map<String, List<FacetValue>> facets,
        Notice notice,
        Map<String, List<String>> variants) {
    /**
     * Why the query was not searched as written.
     *
     * @param problem  what does not parse, as the strict mode's error message says it
     * @param searched the literal words that were searched instead, space-separated
     */
    public record Notice(String problem, String searched) {}

    /** A result without regional variants: the constructor before they existed. */
    public SearchResult(
            String query,
            long total,
            long tookMs,
            List<Hit> hits,
            List<Hit> related,
            long relatedTotal,
            String relaxedQuery,
            Map<String, List<FacetValue>> facets,
            Notice notice) {
        this(query, total, tookMs, hits, related, relatedTotal, relaxedQuery, facets, notice, null);
    }

    /** A result whose query parsed as written. */
    public SearchResult(
            String query,
            long total,
            long tookMs,
            List<Hit> hits,
            List<Hit> related,
            long relatedTotal,
            String relaxedQuery,
            Map<String, List<FacetValue>> facets) {
        this(query, total, tookMs, hits, related, relatedTotal, relaxedQuery, facets, null);
    }

    public SearchResult {
        hits = List.copyOf(hits);
        related = related == null ? List.of() : List.copyOf(related);
        if (facets != null) {
            Map<String, List<FacetValue>> copy = new LinkedHashMap<>(); // keeps the order it was given in
            facets.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            facets = Collections.unmodifiableMap(copy);
        }
        if (variants != null) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            variants.forEach((term, words) -> copy.put(term, List.copyOf(words)));
            variants = Collections.unmodifiableMap(copy);
        }
    }

    /** A result without facets; the constructor before facets existed. */
    public SearchResult(
            String query,
            long total,
            long tookMs,
            List<Hit> hits,
            List<Hit> related,
            long relatedTotal,
            String relaxedQuery) {
        this(query, total, tookMs, hits, related, relatedTotal, relaxedQuery, null);
    }

    /** This result with a {@link Notice}: the query was searched as {@code searched} because of {@code problem}. */
    public SearchResult withNotice(String problem, String searched) {
        return new SearchResult(
                query,
                total,
                tookMs,
                hits,
                related,
                relatedTotal,
                relaxedQuery,
                facets,
                new Notice(problem, searched),
                variants);
    }

    /** This result with the regional {@code variants} found in its hits ({@code null}: none). */
    public SearchResult withVariants(Map<String, List<String>> variants) {
        return new SearchResult(
                query, total, tookMs, hits, related, relatedTotal, relaxedQuery, facets, notice, variants);
    }

    /** A result without related hits. */
    public SearchResult(String query, long total, long tookMs, List<Hit> hits) {
        this(query, total, tookMs, hits, List.of(), 0, null);
    }
}
