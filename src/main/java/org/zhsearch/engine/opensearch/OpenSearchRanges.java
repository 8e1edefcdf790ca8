package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.FacetRange;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.FieldType;
import org.zhsearch.schema.DeclaredValues;
import org.zhsearch.schema.Fields;

/**
 * The facet of a field with buckets ({@link DeclaredField#ranges()}) on the cluster, exact: a {@code range}
 * aggregation (from inclusive, to exclusive, as the buckets are). Paragraphs: its document counts. Articles: a
 * {@code composite} aggregation over article ids walked to its end, with the {@code range} aggregation under each
 * article, and an article counts once in each bucket where any of its matching paragraphs falls — distinct and
 * exact. Memory holds one count per bucket.
 */
final class OpenSearchRanges {
    /** Most buckets one request may return with its sub-aggregations (the cluster's default limit is 65,535). */
    private static final int BUCKETS = 50_000;

    private final PointInTime pit;

    OpenSearchRanges(PointInTime pit) {
        this.pit = pit;
    }

    /** Every bucket of {@code f} in the configured order with its paragraphs or articles (0 when empty). */
    List<FacetValue> count(ObjectNode matchOnly, boolean byArticle, DeclaredField f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        f.ranges().forEach(r -> counts.put(r.label(), 0L));
        if (byArticle) {
            articles(matchOnly, f, counts);
        } else {
            ObjectNode body = body(matchOnly);
            body.putObject("aggs").set("r", range(f));
            JsonNode buckets =
                    pit.search(Map.of(), body).path("aggregations").path("r").path("buckets");
            buckets.forEach(b -> counts.computeIfPresent(
                    b.path("key").asText(), (k, n) -> n + b.path("doc_count").asLong()));
        }
        return counts.entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), e.getValue()))
                .toList();
    }

    private void articles(ObjectNode matchOnly, DeclaredField f, Map<String, Long> counts) {
        int page = Math.max(1, BUCKETS / (f.ranges().size() + 1));
        JsonNode after = null;
        while (true) {
            ObjectNode body = body(matchOnly);
            ObjectNode agg = body.putObject("aggs").putObject("a");
            ObjectNode composite = agg.putObject("composite").put("size", page);
            composite
                    .putArray("sources")
                    .addObject()
                    .putObject("a")
                    .putObject("terms")
                    .put("field", Fields.ARTICLE_ID);
            if (after != null) {
                composite.set("after", after);
            }
            agg.putObject("aggs").set("r", range(f));
            JsonNode result = pit.search(Map.of(), body).path("aggregations").path("a");
            for (JsonNode article : result.path("buckets")) {
                for (JsonNode b : article.path("r").path("buckets")) {
                    if (b.path("doc_count").asLong() > 0) {
                        counts.computeIfPresent(b.path("key").asText(), (k, n) -> n + 1);
                    }
                }
            }
            if (result.path("buckets").size() < page || !result.has("after_key")) {
                return;
            }
            after = result.path("after_key");
        }
    }

    private static ObjectNode body(ObjectNode matchOnly) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", matchOnly);
        body.put("size", 0).put("track_total_hits", false);
        return body;
    }

    /** The {@code range} aggregation of the buckets, keyed by label; dates as {@code yyyy-MM-dd}. */
    private static ObjectNode range(DeclaredField f) {
        ObjectNode range = Cluster.JSON.createObjectNode();
        ObjectNode r = range.putObject("range").put("field", DeclaredValues.indexField(f.name()));
        ArrayNode ranges = r.putArray("ranges");
        boolean date = f.type() == FieldType.DATE;
        for (FacetRange b : f.ranges()) {
            ObjectNode o = ranges.addObject().put("key", b.label());
            if (b.from() != null) {
                bound(o, "from", date, b.from());
            }
            if (b.to() != null) {
                bound(o, "to", date, b.to());
            }
        }
        return range;
    }

    private static void bound(ObjectNode o, String key, boolean date, double v) {
        if (date) {
            o.put(key, LocalDate.ofEpochDay((long) v).toString());
        } else {
            o.put(key, v);
        }
    }
}
