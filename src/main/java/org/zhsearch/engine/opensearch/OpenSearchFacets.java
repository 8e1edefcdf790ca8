package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Grouping;
import org.zhsearch.engine.FacetCounts;
import org.zhsearch.schema.DeclaredValues;
import org.zhsearch.schema.Fields;

/**
 * Facet counts on the cluster at one {@link PointInTime}, exact: a {@code composite} aggregation walked to its end
 * (a {@code terms} aggregation is approximate across shards). Paragraphs: one bucket per value with its document count. Articles: one bucket per
 * (value, article id), which come ordered by value, so the articles of a value are counted as its buckets go by —
 * distinct and exact, where {@code cardinality} would estimate. Only the best values are kept while walking
 * ({@link FacetCounts}), so memory does not grow with the number of values in the index.
 */
final class OpenSearchFacets {
    /** Buckets per request. */
    private static final int PAGE = 5_000;

    private final PointInTime pit;

    OpenSearchFacets(PointInTime pit) {
        this.pit = pit;
    }

    Map<Facet, List<FacetValue>> count(ObjectNode matchOnly, Grouping grouping, Set<Facet> facets) {
        Map<Facet, List<FacetValue>> out = new LinkedHashMap<>();
        for (Facet f : facets) {
            out.put(f, grouping == Grouping.ARTICLE ? articles(matchOnly, field(f)) : paragraphs(matchOnly, field(f)));
        }
        return out;
    }

    /**
     * Counts by declared fields ({@link OpenSearchRanges} for those with buckets); dates come back as epoch milliseconds and numbers as doubles, and are renamed.
     */
    Map<String, List<FacetValue>> declared(ObjectNode matchOnly, boolean byArticle, List<DeclaredField> fields) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (DeclaredField f : fields) {
            if (!f.ranges().isEmpty()) {
                out.put(f.name(), new OpenSearchRanges(pit).count(matchOnly, byArticle, f));
                continue;
            }
            String field = DeclaredValues.indexField(f.name());
            // renamed before the cut, so the values kept are those the embedded engine keeps
            UnaryOperator<String> name = !f.type().ranged()
                    ? UnaryOperator.identity()
                    : v -> DeclaredValues.facetValue(
                            f.type(),
                            f.type() == FieldType.DATE ? Double.parseDouble(v) / 86_400_000L : Double.parseDouble(v));
            FacetCounts top = new FacetCounts(f.top());
            out.put(
                    f.name(),
                    byArticle ? articles(matchOnly, field, top, name) : paragraphs(matchOnly, field, top, name));
        }
        return out;
    }

    static String field(Facet f) {
        return switch (f) {
            case SOURCE -> Fields.SOURCE;
            case YEAR -> Fields.YEAR;
            case PUBLICATION -> Fields.PUBLICATION;
        };
    }

    private List<FacetValue> paragraphs(ObjectNode matchOnly, String field) {
        return paragraphs(matchOnly, field, new FacetCounts(), UnaryOperator.identity());
    }

    private List<FacetValue> paragraphs(
            ObjectNode matchOnly, String field, FacetCounts top, UnaryOperator<String> name) {
        walk(
                matchOnly,
                List.of(field),
                bucket -> top.add(
                        name.apply(bucket.path("key").path("v").asText()),
                        bucket.path("doc_count").asLong()));
        return top.top();
    }

    private List<FacetValue> articles(ObjectNode matchOnly, String field) {
        return articles(matchOnly, field, new FacetCounts(), UnaryOperator.identity());
    }

    private List<FacetValue> articles(ObjectNode matchOnly, String field, FacetCounts top, UnaryOperator<String> name) {
        String[] current = {null};
        long[] articles = {0};
        walk(matchOnly, List.of(field, Fields.ARTICLE_ID), bucket -> {
            String value = bucket.path("key").path("v").asText();
            if (!value.equals(current[0])) {
                if (current[0] != null) {
                    top.add(name.apply(current[0]), articles[0]);
                }
                current[0] = value;
                articles[0] = 0;
            }
            articles[0]++;
        });
        if (current[0] != null) {
            top.add(name.apply(current[0]), articles[0]);
        }
        return top.top();
    }

    /** Hands every bucket of a composite aggregation over {@code fields} (keys {@code v}, {@code a}) to {@code each}. */
    private void walk(ObjectNode matchOnly, List<String> fields, java.util.function.Consumer<JsonNode> each) {
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.set("query", matchOnly);
            body.put("size", 0).put("track_total_hits", false);
            ObjectNode composite =
                    body.putObject("aggs").putObject("f").putObject("composite").put("size", PAGE);
            ArrayNode sources = composite.putArray("sources");
            for (int i = 0; i < fields.size(); i++) {
                sources.addObject()
                        .putObject(i == 0 ? "v" : "a")
                        .putObject("terms")
                        .put("field", fields.get(i));
            }
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode agg = pit.search(Map.of(), body).path("aggregations").path("f");
            agg.path("buckets").forEach(each);
            if (agg.path("buckets").size() < PAGE || !agg.has("after_key")) {
                return;
            }
            after = agg.path("after_key");
        }
    }
}
