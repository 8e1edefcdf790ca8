package org.zhsearch.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SearchRequest} being copied with some components changed: what every {@code with…} method does, written
 * once (the record has 16 components). Used by one thread, then dropped.
 */
final class RequestCopy {
    String query;
    int limit;
    int offset;
    LocalDate from;
    LocalDate to;
    String source;
    Grouping group;
    SearchMode mode;
    SearchSort sort;
    String publication;
    Set<Facet> facets;
    Map<String, List<String>> filters;
    List<String> fieldFacets;
    String sortBy;
    boolean strictSyntax;
    int relatedOffset;

    RequestCopy(SearchRequest r) {
        query = r.query();
        limit = r.limit();
        offset = r.offset();
        from = r.from();
        to = r.to();
        source = r.source();
        group = r.group();
        mode = r.mode();
        sort = r.sort();
        publication = r.publication();
        facets = r.facets();
        filters = r.filters();
        fieldFacets = r.fieldFacets();
        sortBy = r.sortBy();
        strictSyntax = r.strictSyntax();
        relatedOffset = r.relatedOffset();
    }

    SearchRequest build() {
        return new SearchRequest(
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
                strictSyntax,
                relatedOffset);
    }
}
