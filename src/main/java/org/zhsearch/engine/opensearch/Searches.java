package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhsearch.api.SearchSort;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.Page;
import org.zhsearch.engine.SampledParagraph;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.schema.FieldOrder;
import org.zhsearch.schema.Fields;

/**
 * Searches of one {@link PointInTime}: pages of paragraphs or articles with exact totals, counts, keyword prefixes,
 * samples.
 */
final class Searches {
    private final PointInTime pit;

    Searches(PointInTime pit) {
        this.pit = pit;
    }

    /** Scores with the statistics of the whole index (not per shard), so any shard count ranks like one index. */
    private static final Map<String, String> DFS = Map.of("search_type", "dfs_query_then_fetch");

    Page paragraphs(OpenSearchQueryMapper.Mapped mapped, SearchSort order, FieldOrder field, int offset, int limit) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", mapped.scored());
        body.put("from", offset).put("size", limit).put("track_total_hits", true);
        ArrayNode sort = body.putArray("sort");
        if (field != null) {
            // missing last in both directions, as on the embedded engine; unmapped on an index built before
            sort.addObject()
                    .putObject(field.indexField())
                    .put("order", field.descending() ? "desc" : "asc")
                    .put("missing", "_last")
                    .put("unmapped_type", "keyword");
        } else if (order != SearchSort.RELEVANCE) {
            dateOrder(sort, order == SearchSort.DATE);
        }
        sort.addObject().put("_score", "desc");
        sort.addObject().put(Fields.ARTICLE_ID, "asc");
        sort.addObject().put(Fields.N, "asc");
        sourceFields(body);
        JsonNode hits = pit.search(DFS, body).path("hits");
        List<StoredHit> out = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            out.add(ParagraphJson.hit(
                    hit.path("_source"), (float) hit.path("_score").asDouble(), null));
        }
        return new Page(hits.path("total").path("value").asLong(), out);
    }

    /**
     * By article day (paragraphs without a date last), then by date-time within the day, then as by relevance. A
     * paragraph indexed before {@code dateTime} existed lacks it and counts as its day's midnight: first of its day
     * oldest first, last newest first ({@code unmapped_type} in case an index behind the alias lacks the mapping).
     */
    private static void dateOrder(ArrayNode sort, boolean oldestFirst) {
        String direction = oldestFirst ? "asc" : "desc";
        sort.addObject().putObject(Fields.DAY).put("order", direction).put("missing", "_last");
        sort.addObject()
                .putObject(Fields.DATE_TIME)
                .put("order", direction)
                .put("missing", oldestFirst ? "_first" : "_last")
                .put("unmapped_type", "long");
    }

    /**
     * One hit per article, best article first: the search collapsed on the article id (each article's best paragraph,
     * in the usual order), then the matching paragraphs of the page's articles counted by a terms aggregation, and
     * the number of articles counted exactly by walking a composite aggregation.
     */
    Page grouped(OpenSearchQueryMapper.Mapped mapped, int offset, int limit) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", mapped.scored());
        body.put("from", offset).put("size", limit).put("track_total_hits", false);
        body.putObject("collapse").put("field", Fields.ARTICLE_ID);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("_score", "desc");
        sort.addObject().put(Fields.ARTICLE_ID, "asc");
        sort.addObject().put(Fields.N, "asc");
        sourceFields(body);
        JsonNode hits = pit.search(DFS, body).path("hits").path("hits");
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.path("_source").path(Fields.ARTICLE_ID).asText()));
        Map<String, Integer> counts = paragraphCounts(mapped.matchOnly(), ids);
        List<StoredHit> out = new ArrayList<>();
        for (JsonNode hit : hits) {
            String articleId = hit.path("_source").path(Fields.ARTICLE_ID).asText();
            out.add(ParagraphJson.hit(
                    hit.path("_source"), (float) hit.path("_score").asDouble(), counts.getOrDefault(articleId, 1)));
        }
        return new Page(countArticles(mapped.matchOnly()), out);
    }

    /** How many paragraphs of each of these articles match. */
    private Map<String, Integer> paragraphCounts(ObjectNode matchOnly, List<String> articleIds) {
        Map<String, Integer> out = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        ObjectNode body = Cluster.JSON.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(matchOnly);
        ObjectNode terms = Cluster.JSON.createObjectNode();
        terms.putObject("terms").set(Fields.ARTICLE_ID, Cluster.JSON.valueToTree(articleIds));
        bool.putArray("filter").add(terms);
        body.put("size", 0).put("track_total_hits", false);
        body.putObject("aggs")
                .putObject("a")
                .putObject("terms")
                .put("field", Fields.ARTICLE_ID)
                .put("size", articleIds.size());
        pit.search(Map.of(), body)
                .path("aggregations")
                .path("a")
                .path("buckets")
                .forEach(
                        b -> out.put(b.path("key").asText(), b.path("doc_count").asInt()));
        return out;
    }

    private long countArticles(ObjectNode matchOnly) {
        long count = 0;
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.set("query", matchOnly);
            body.put("size", 0).put("track_total_hits", false);
            ObjectNode composite = body.putObject("aggs")
                    .putObject("ids")
                    .putObject("composite")
                    .put("size", 10_000);
            composite
                    .putArray("sources")
                    .addObject()
                    .putObject("id")
                    .putObject("terms")
                    .put("field", Fields.ARTICLE_ID);
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode agg = pit.search(Map.of(), body).path("aggregations").path("ids");
            count += agg.path("buckets").size();
            if (agg.path("buckets").size() < 10_000 || !agg.has("after_key")) {
                return count;
            }
            after = agg.path("after_key");
        }
    }

    private static void sourceFields(ObjectNode body) {
        body.set("_source", Cluster.JSON.valueToTree(ArticleParagraphs.SOURCE_FIELDS));
    }

    /** The exact number of paragraphs matching (a count at a point in time is a search: {@code _count} takes none). */
    long count(ObjectNode matchOnly) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", matchOnly);
        body.put("size", 0).put("track_total_hits", true);
        return pit.search(Map.of(), body)
                .path("hits")
                .path("total")
                .path("value")
                .asLong();
    }

    /**
     * Keyword values starting with {@code prefix} with their counts; titles counted on first paragraphs only, so by
     * article, as the embedded engine (which keeps the title keyword there only) counts them.
     */
    Map<String, Long> keywordsStartingWith(String field, String prefix, int max) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.put("size", 0);
        if (field.equals(Fields.TITLE)) {
            body.set("query", OpenSearchQueryMapper.term(Fields.FIRST, true));
        }
        body.putObject("aggs")
                .putObject("k")
                .putObject("terms")
                .put("field", field)
                .put("size", max)
                .put("include", regexLiteral(prefix) + ".*")
                .putObject("order")
                .put("_key", "asc");
        Map<String, Long> found = new java.util.LinkedHashMap<>();
        pit.search(Map.of(), body)
                .path("aggregations")
                .path("k")
                .path("buckets")
                .forEach(b ->
                        found.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return found;
    }

    List<SampledParagraph> sample(EngineQuery query, int limit) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", OpenSearchQueryMapper.map(query, Filters.NONE).matchOnly());
        body.put("size", limit);
        body.putArray("_source").add(Fields.TEXT).add(Fields.TITLE);
        List<SampledParagraph> sampled = new ArrayList<>();
        pit.search(Map.of(), body).path("hits").path("hits").forEach(h -> {
            JsonNode source = h.path("_source");
            sampled.add(new SampledParagraph(
                    source.path(Fields.TEXT).asText(),
                    source.hasNonNull(Fields.TITLE) ? source.path(Fields.TITLE).asText() : null));
        });
        return sampled;
    }

    /** {@code s} as a Lucene regular expression matching itself (terms aggregation {@code include}). */
    private static String regexLiteral(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if ("\\.?+*|{}[]()\"#@&<>~".indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
