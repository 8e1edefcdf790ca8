package org.zhsearch.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search. Build with {@link #of(String)} and the {@code with…} methods.
 *
 * @param query  query text (see README "Search semantics"), at most {@link Limits#QUERY_CHARS} characters
 * @param limit  hits per page, 1–{@link Limits#PAGE_SIZE}
 * @param offset hits to skip, 0–{@link Limits#OFFSET}
 * @param from   earliest article date, inclusive, or {@code null}
 * @param to     latest article date, inclusive, or {@code null}
 * @param source only articles with exactly this source, or {@code null}
 * @param group  paragraph hits or one hit per article
 * @param mode   {@link SearchMode#RELATED} (default): also related results when exact hits are few;
 *               {@link SearchMode#EXACT}: exact hits only
 * @param sort   the order of the (exact) hits: relevance (default), or by article date; totals do not change.
 *               Related results and {@code group=article} pages stay in relevance order.
 * @param publication only articles with exactly this publication (e.g. 人民日报), or {@code null}
 * @param facets what to count all exact matches by ({@link SearchResult#facets()}); empty (the default) for none
 * @param filters declared field → the values to keep (any of them: OR), each a value or, for date and number
 *               fields, a range {@code from..to} (either end may be empty); empty for none
 * @param fieldFacets declared fields to count all exact matches by, keyed by name in {@link SearchResult#facets()}
 * @param sortBy {@code <name>} or {@code -<name>}: by a declared sortable field, ascending or descending (articles
 *               without a value last, ties by relevance then id), instead of {@code sort}; {@code null} for none
 * @param strictSyntax a query that does not parse (an unbalanced quote or parenthesis, a lone operator) is an
 *               {@link InvalidQueryException}; when false (the default) it is searched as its literal words and the
 *               result says so in {@link SearchResult#notice()}
 * @param relatedOffset related results to skip, 0–{@link Limits#OFFSET}: pages through {@link SearchResult#related()}
 *               ({@code limit} at a time, in a stable order) up to {@link SearchResult#relatedTotal()}
 */
public record SearchRequest(
        String query,
        int limit,
        int offset,
        LocalDate from,
        LocalDate to,
        String source,
        Grouping group,
        SearchMode mode,
        SearchSort sort,
        String publication,
        Set<Facet> facets,
        Map<String, List<String>> filters,
        List<String> fieldFacets,
        String sortBy,
        boolean strictSyntax,
        int relatedOffset) {
    public static final int MAX_LIMIT = Limits.PAGE_SIZE;
    public static final int MAX_OFFSET = Limits.OFFSET;
    public static final int DEFAULT_LIMIT = 10;
    /** With fewer exact hits than this, a search in {@link SearchMode#RELATED} mode adds related results. */
    public static final int RELATED_BELOW = 10;

    public SearchRequest {
        if (query == null) {
            throw new InvalidRequestException("q is required");
        }
        Limits.requireAtMost("q", query.strip(), Limits.QUERY_CHARS);
        Limits.requireBetween("limit", limit, 1, MAX_LIMIT);
        Limits.requireBetween("offset", offset, 0, MAX_OFFSET);
        Limits.requireBetween("relatedOffset", relatedOffset, 0, MAX_OFFSET);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from (" + from + ") must not be after to (" + to + ")");
        }
        source = Limits.optionalText("source", source, Limits.SOURCE_CHARS);
        publication = Limits.optionalText("publication", publication, Limits.PUBLICATION_CHARS);
        facets = facets == null || facets.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(facets)); // in declaration order
        group = group == null ? Grouping.PARAGRAPH : group;
        mode = mode == null ? SearchMode.RELATED : mode;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        filters = FieldRequests.filters(filters);
        fieldFacets = FieldRequests.facets(fieldFacets);
        sortBy = FieldRequests.sortBy(sortBy);
    }

    /** A request with forgiving syntax, related results from the first: the constructor before those existed. */
    public SearchRequest(
            String query,
            int limit,
            int offset,
            LocalDate from,
            LocalDate to,
            String source,
            Grouping group,
            SearchMode mode,
            SearchSort sort,
            String publication,
            Set<Facet> facets,
            Map<String, List<String>> filters,
            List<String> fieldFacets,
            String sortBy) {
        this(
                query,
                limit,
                offset,
                from,
                to,
                source,
                group,
                mode,
                sort,
                publication,
                facets,
                filters,
                fieldFacets,
                sortBy,
                false,
                0);
    }

    /** A request without declared-field filters, facets or sort: the constructor before they existed. */
    public SearchRequest(
            String query,
            int limit,
            int offset,
            LocalDate from,
            LocalDate to,
            String source,
            Grouping group,
            SearchMode mode,
            SearchSort sort,
            String publication,
            Set<Facet> facets) {
        this(query, limit, offset, from, to, source, group, mode, sort, publication, facets, Map.of(), List.of(), null);
    }

    /** A request without a publication filter or facets; the constructor before they existed. */
    public SearchRequest(
            String query,
            int limit,
            int offset,
            LocalDate from,
            LocalDate to,
            String source,
            Grouping group,
            SearchMode mode,
            SearchSort sort) {
        this(query, limit, offset, from, to, source, group, mode, sort, null, Set.of());
    }

    /** A request in relevance order; the constructor before sorting existed. */
    public SearchRequest(
            String query,
            int limit,
            int offset,
            LocalDate from,
            LocalDate to,
            String source,
            Grouping group,
            SearchMode mode) {
        this(query, limit, offset, from, to, source, group, mode, SearchSort.RELEVANCE);
    }

    /** A request in the default mode ({@link SearchMode#RELATED}); the constructor before modes existed. */
    public SearchRequest(
            String query, int limit, int offset, LocalDate from, LocalDate to, String source, Grouping group) {
        this(query, limit, offset, from, to, source, group, SearchMode.RELATED);
    }

    /** The first page of 10 paragraph hits for {@code query}, unfiltered. */
    public static SearchRequest of(String query) {
        return new SearchRequest(
                query,
                DEFAULT_LIMIT,
                0,
                null,
                null,
                null,
                Grouping.PARAGRAPH,
                SearchMode.RELATED,
                SearchSort.RELEVANCE,
                null,
                Set.of());
    }

    public SearchRequest withLimit(int newLimit) {
        RequestCopy c = new RequestCopy(this);
        c.limit = newLimit;
        return c.build();
    }

    public SearchRequest withOffset(int newOffset) {
        RequestCopy c = new RequestCopy(this);
        c.offset = newOffset;
        return c.build();
    }

    public SearchRequest withDates(LocalDate newFrom, LocalDate newTo) {
        RequestCopy c = new RequestCopy(this);
        c.from = newFrom;
        c.to = newTo;
        return c.build();
    }

    public SearchRequest withSource(String newSource) {
        RequestCopy c = new RequestCopy(this);
        c.source = newSource;
        return c.build();
    }

    public SearchRequest withGroup(Grouping newGroup) {
        RequestCopy c = new RequestCopy(this);
        c.group = newGroup;
        return c.build();
    }

    public SearchRequest withSort(SearchSort newSort) {
        RequestCopy c = new RequestCopy(this);
        c.sort = newSort;
        return c.build();
    }

    public SearchRequest withMode(SearchMode newMode) {
        RequestCopy c = new RequestCopy(this);
        c.mode = newMode;
        return c.build();
    }

    /** Only articles with exactly this publication; {@code null} for any. */
    public SearchRequest withPublication(String newPublication) {
        RequestCopy c = new RequestCopy(this);
        c.publication = newPublication;
        return c.build();
    }

    /** Also count all exact matches by these facets ({@link SearchResult#facets()}); none for none. */
    public SearchRequest withFacets(Set<Facet> newFacets) {
        RequestCopy c = new RequestCopy(this);
        c.facets = newFacets;
        return c.build();
    }

    /**
     * Only articles whose declared field {@code name} holds one of {@code values} (a value, or {@code from..to} for
     * a date or number); replaces an earlier filter on {@code name}.
     */
    public SearchRequest withFilter(String name, String... values) {
        RequestCopy c = new RequestCopy(this);
        c.filters = new LinkedHashMap<>(filters);
        c.filters.put(name, java.util.Arrays.asList(values));
        return c.build();
    }

    /**
     * Facets by name, built-in ({@code source}, {@code year}, {@code publication}) and declared mixed, as
     * {@code facets=} of the HTTP API: {@code source,author,tags}. A name listed twice is refused.
     */
    public SearchRequest withFacetNames(String commaSeparated) {
        return FieldRequests.withFacetNames(this, commaSeparated);
    }

    /** The order named as {@code sort=}: {@code relevance}, {@code date}, {@code -date}, {@code name}, {@code -name}. */
    public SearchRequest withSortLabel(String label) {
        return FieldRequests.withSortLabel(this, label);
    }

    /** Also count all exact matches by these declared fields. */
    public SearchRequest withFieldFacets(String... names) {
        RequestCopy c = new RequestCopy(this);
        c.fieldFacets = List.of(names);
        return c.build();
    }

    /** Sort by a declared field: {@code name} ascending, {@code -name} descending; {@code null} for {@code sort}. */
    public SearchRequest withSortBy(String field) {
        RequestCopy c = new RequestCopy(this);
        c.sortBy = field;
        return c.build();
    }

    /** With {@code strict}, a query that does not parse is refused instead of searched as its literal words. */
    public SearchRequest withStrictSyntax(boolean strict) {
        RequestCopy c = new RequestCopy(this);
        c.strictSyntax = strict;
        return c.build();
    }

    /** Related results from the {@code newRelatedOffset}-th on ({@link SearchResult#related()} pages). */
    public SearchRequest withRelatedOffset(int newRelatedOffset) {
        RequestCopy c = new RequestCopy(this);
        c.relatedOffset = newRelatedOffset;
        return c.build();
    }

    /** Also count all exact matches by these facets ({@link SearchResult#facets()}). */
    public SearchRequest withFacets(Facet... newFacets) {
        Set<Facet> set = EnumSet.noneOf(Facet.class);
        Collections.addAll(set, newFacets);
        return withFacets(set);
    }
}
