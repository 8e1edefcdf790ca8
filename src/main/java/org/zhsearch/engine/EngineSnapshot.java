package org.zhsearch.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.SearchSort;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.schema.FieldOrder;
import org.zhsearch.vocabulary.Vocabulary;

/**
 * One state of the index, for all the reads of one request: every method answers from the same point in time,
 * whatever is written or refreshed meanwhile, so a result's total, related total and facet counts agree. Opened by
 * {@link Engine#snapshot()} (or {@link Engine#read}) and closed when the request is done, which releases what the
 * engine holds for it. Used by one request at a time.
 */
public interface EngineSnapshot extends AutoCloseable {
    /**
     * One page of the paragraphs (or articles) matching {@code query} and {@code filters}, with the exact total, in
     * {@code sort} order (paragraph hits; article pages are in relevance order).
     */
    default Page search(EngineQuery query, Filters filters, Grouping grouping, SearchSort sort, int offset, int limit) {
        return search(query, filters, grouping, sort, null, offset, limit);
    }

    /**
     * As {@link #search(EngineQuery, Filters, Grouping, SearchSort, int, int)}, ordered by {@code order} (a declared
     * field: missing values last, ties by relevance, article id, paragraph) instead of {@code sort} when not
     * {@code null}.
     */
    Page search(
            EngineQuery query,
            Filters filters,
            Grouping grouping,
            SearchSort sort,
            FieldOrder order,
            int offset,
            int limit);

    /**
     * Per declared field, its values among all matches of {@code query} and {@code filters} with exact counts
     * (paragraphs, or distinct articles with {@link Grouping#ARTICLE}; each value of a keywords field counted), in
     * {@link FacetCounts#ORDER}, at most {@link org.zhsearch.api.Limits#FACET_VALUES} each; dates as
     * {@code 2024-05-01}, numbers as {@code 3} or {@code 2.5}. Keys are the field names, in the order given.
     */
    Map<String, List<FacetValue>> fieldFacets(
            EngineQuery query, Filters filters, Grouping grouping, List<DeclaredField> fields);

    /** The exact number of paragraphs matching {@code query} and {@code filters}. */
    long count(EngineQuery query, Filters filters);

    /** The number of paragraphs in the index. */
    long paragraphs();

    /**
     * Per requested facet, the values of all paragraphs matching {@code query} and {@code filters} with the exact
     * number of paragraphs having each (of distinct articles with {@link Grouping#ARTICLE}), in
     * {@link FacetCounts#ORDER}, at most {@link org.zhsearch.api.Limits#FACET_VALUES} each (use {@link FacetCounts});
     * a paragraph without the value is not counted. Keys in the order of {@code facets}.
     */
    Map<Facet, List<FacetValue>> facets(EngineQuery query, Filters filters, Grouping grouping, Set<Facet> facets);

    /**
     * A page of a relaxed query's matches (related results), {@code offset} skipped, in the stable relevance order
     * (score, then article and paragraph), with their exact total.
     */
    Page related(RelatedQuery query, Filters filters, Grouping grouping, int offset, int limit);

    /**
     * Values of a keyword kind of live paragraphs that start with {@code prefix} exactly, with how many carry each:
     * articles for {@link KeywordKind#TITLE} (both engines count first paragraphs only), paragraphs for
     * {@link KeywordKind#SECTION}; the first {@code max} in the values' order.
     */
    Map<String, Long> keywordsStartingWith(KeywordKind kind, String prefix, int max);

    /** The {@code limit} best-scoring paragraphs matching {@code query}, text and title (for suggestions). */
    List<SampledParagraph> sample(EngineQuery query, int limit);

    /**
     * The words of this state's {@code words} field with how many live paragraphs hold each: what pinyin and
     * suggestions look words up in ({@code org.zhsearch.vocabulary}). Engines keep it between requests while the
     * index is unchanged.
     */
    Vocabulary vocabulary();

    /** Releases the state; never throws (a failure to release is the engine's to log). */
    @Override
    void close();

    /**
     * The engine can no longer read this state (the cluster dropped it: an index deleted by a rebuild, a node
     * gone); {@link Engine#read} starts the request again on a new snapshot. {@code unavailable} if it escapes.
     */
    final class Lost extends ZhsearchException {
        public Lost(String message, Throwable cause) {
            super(ErrorCode.UNAVAILABLE, message, cause);
        }
    }
}
