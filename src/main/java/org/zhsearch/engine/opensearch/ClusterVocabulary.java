package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.zhsearch.schema.Fields;
import org.zhsearch.vocabulary.Vocabulary;

/**
 * The vocabulary of the index behind the alias: its {@code words} terms with their live paragraph counts, read by a
 * {@code composite} aggregation walked to its end (the field has {@code fielddata}, see {@link IndexSchema}), and
 * kept while the index is unchanged. Unchanged means: the same physical indexes and the same number of external
 * refreshes — every write refreshes after it, so a change of what searches see always changes the key (a refresh
 * that changed nothing only costs a re-read). One {@code _stats} call per use decides.
 *
 * <p>Read from the live alias, not the snapshot's point in time: read after the key, it is at least as new as
 * the key says, so a stale vocabulary is never kept under a newer key.
 */
final class ClusterVocabulary {
    /** Buckets per request. */
    private static final int PAGE = 10_000;

    private final Cluster cluster;
    private final String alias;
    private volatile Cached last;

    private record Cached(String key, Vocabulary vocabulary) {}

    ClusterVocabulary(Cluster cluster, String alias) {
        this.cluster = cluster;
        this.alias = alias;
    }

    /** The current vocabulary (call within an operation). */
    Vocabulary read() {
        String key = stateKey();
        Cached c = last;
        if (c != null && c.key().equals(key)) {
            return c.vocabulary();
        }
        Vocabulary v = Vocabulary.of(counts());
        last = new Cached(key, v);
        return v;
    }

    private String stateKey() {
        JsonNode stats = cluster.send(
                "GET",
                "/" + alias + "/_stats/refresh",
                Map.of("filter_path", "indices.*.uuid,_all.total.refresh.external_total"),
                null);
        StringBuilder key = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = stats.path("indices").fields(); it.hasNext(); ) {
            key.append(it.next().getValue().path("uuid").asText()).append(' ');
        }
        return key.append(stats.path("_all")
                        .path("total")
                        .path("refresh")
                        .path("external_total")
                        .asLong())
                .toString();
    }

    private Map<String, Long> counts() {
        Map<String, Long> out = new HashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.put("size", 0).put("track_total_hits", false);
            ObjectNode composite = body.putObject("aggs").putObject("w").putObject("composite");
            composite.put("size", PAGE);
            composite
                    .putArray("sources")
                    .addObject()
                    .putObject("t")
                    .putObject("terms")
                    .put("field", Fields.WORDS);
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode agg = cluster.send("POST", "/" + alias + "/_search", Map.of(), body)
                    .path("aggregations")
                    .path("w");
            for (JsonNode bucket : agg.path("buckets")) {
                out.put(
                        bucket.path("key").path("t").asText(),
                        bucket.path("doc_count").asLong());
            }
            after = agg.get("after_key");
            if (after == null || agg.path("buckets").isEmpty()) {
                return out;
            }
        }
    }
}
