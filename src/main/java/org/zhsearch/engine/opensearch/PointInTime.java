package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.SearchSort;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.EngineSnapshot;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.KeywordKind;
import org.zhsearch.engine.Page;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.engine.SampledParagraph;
import org.zhsearch.schema.FieldOrder;
import org.zhsearch.schema.Fields;
import org.zhsearch.vocabulary.Vocabulary;

/**
 * The OpenSearch engine's snapshot: a point in time of the index behind the alias, opened at construction
 * ({@code POST /<alias>/_search/point_in_time}), searched with {@code "pit"} in the body and no index in the path,
 * deleted at close. Each read is one engine operation with its own deadline, as before; a point in time the
 * cluster no longer has (its index deleted by a rebuild, its node gone) is {@link EngineSnapshot.Lost}.
 */
final class PointInTime implements EngineSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(PointInTime.class);
    /** How long the cluster keeps an idle point in time: a bound on a leak (close deletes it), renewed per search. */
    static final String KEEP_ALIVE = "1m";

    private final Cluster cluster;
    private final Searches searches = new Searches(this);
    private final OpenSearchFacets facets = new OpenSearchFacets(this);
    private final ClusterVocabulary vocabulary;
    private String id;

    PointInTime(Cluster cluster, String alias, ClusterVocabulary vocabulary) {
        this.cluster = cluster;
        this.vocabulary = vocabulary;
        try (var op = cluster.operation()) {
            id = cluster.send("POST", "/" + alias + "/_search/point_in_time", Map.of("keep_alive", KEEP_ALIVE), null)
                    .path("pit_id")
                    .asText();
        }
    }

    /** Runs a search body at this point in time. */
    JsonNode search(Map<String, String> params, ObjectNode body) {
        body.putObject("pit").put("id", id).put("keep_alive", KEEP_ALIVE);
        try {
            JsonNode answer = cluster.sendPinned("/_search", params, body);
            id = answer.path("pit_id").asText(id); // the cluster may hand back a new id for the same point in time
            return answer;
        } catch (ClusterErrors.StatusException e) {
            // a rebuild deleted the index this point in time reads: its contexts are gone (404, missing) or, for a
            // query that names one of the index's analyzers (zh_alternatives), the analyzer was closed with it
            if (e.status() == 404
                    || e.type().contains("search_context_missing")
                    || String.valueOf(e.getMessage()).contains("Analyzer is closed")) {
                throw new Lost("the point in time of this search is gone: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public Page search(
            EngineQuery query,
            Filters filters,
            Grouping grouping,
            SearchSort sort,
            FieldOrder order,
            int offset,
            int limit) {
        OpenSearchQueryMapper.Mapped mapped = OpenSearchQueryMapper.map(query, filters);
        try (var op = cluster.operation()) {
            return grouping == Grouping.ARTICLE
                    ? searches.grouped(mapped, offset, limit)
                    : searches.paragraphs(mapped, sort, order, offset, limit);
        }
    }

    @Override
    public Map<String, List<FacetValue>> fieldFacets(
            EngineQuery query, Filters filters, Grouping grouping, List<DeclaredField> fields) {
        if (fields.isEmpty()) {
            return Map.of();
        }
        ObjectNode matchOnly = OpenSearchQueryMapper.map(query, filters).matchOnly();
        try (var op = cluster.operation()) {
            return facets.declared(matchOnly, grouping == Grouping.ARTICLE, fields);
        }
    }

    @Override
    public long count(EngineQuery query, Filters filters) {
        ObjectNode matchOnly = OpenSearchQueryMapper.map(query, filters).matchOnly();
        try (var op = cluster.operation()) {
            return searches.count(matchOnly);
        }
    }

    @Override
    public long paragraphs() {
        ObjectNode all = Cluster.JSON.createObjectNode();
        all.putObject("match_all");
        try (var op = cluster.operation()) {
            return searches.count(all);
        }
    }

    @Override
    public Map<Facet, List<FacetValue>> facets(
            EngineQuery query, Filters filters, Grouping grouping, Set<Facet> wanted) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        ObjectNode matchOnly = OpenSearchQueryMapper.map(query, filters).matchOnly();
        try (var op = cluster.operation()) {
            return facets.count(matchOnly, grouping, wanted);
        }
    }

    @Override
    public Page related(RelatedQuery query, Filters filters, Grouping grouping, int offset, int limit) {
        OpenSearchQueryMapper.Mapped mapped = OpenSearchQueryMapper.map(query, filters);
        try (var op = cluster.operation()) {
            return grouping == Grouping.ARTICLE
                    ? searches.grouped(mapped, offset, limit)
                    : searches.paragraphs(mapped, SearchSort.RELEVANCE, null, offset, limit);
        }
    }

    @Override
    public Map<String, Long> keywordsStartingWith(KeywordKind kind, String prefix, int max) {
        String field = switch (kind) {
            case TITLE -> Fields.TITLE;
            case SECTION -> Fields.SECTION;
        };
        try (var op = cluster.operation()) {
            return searches.keywordsStartingWith(field, prefix, max);
        }
    }

    @Override
    public List<SampledParagraph> sample(EngineQuery query, int limit) {
        try (var op = cluster.operation()) {
            return searches.sample(query, limit);
        }
    }

    @Override
    public Vocabulary vocabulary() {
        try (var op = cluster.operation()) {
            return vocabulary.read();
        }
    }

    /** Deletes the point in time; a failure only logs (the cluster drops it after {@link #KEEP_ALIVE} anyway). */
    @Override
    public void close() {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.putArray("pit_id").add(id);
        try (var op = cluster.separateOperation()) {
            cluster.send("DELETE", "/_search/point_in_time", Map.of(), body);
        } catch (RuntimeException e) {
            LOG.debug("cannot delete point in time (it expires after {}): {}", KEEP_ALIVE, e.toString());
        }
    }
}
