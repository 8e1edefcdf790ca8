package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.build.CorpusManifest;

/**
 * {@code <alias>-corpus}: the corpus manifest of each physical index, one document per index ({@code _id} = its
 * name), so the manifest goes live with the index when the alias moves and a rebuild that dies leaves the live
 * index's manifest alone. The manifest is one unindexed string in {@code _source}; {@code root} is beside it, for
 * stats without reading the whole manifest.
 */
final class CorpusStore {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusStore.class);
    private final Cluster cluster;
    private final String name;
    private final int replicas;

    CorpusStore(Cluster cluster, String alias, int replicas) {
        this.cluster = cluster;
        this.name = alias + "-corpus";
        this.replicas = replicas;
    }

    /** The manifest of physical index {@code index}, or empty when none was recorded or it is damaged. */
    Optional<CorpusManifest> read(String index) {
        return source(index, Map.of())
                .flatMap(s ->
                        CorpusManifest.fromJson(s.path("manifest").asText("").getBytes(StandardCharsets.UTF_8)));
    }

    /** The corpus folder {@code index} was built or updated from, or empty (also when it cannot be read: stats). */
    Optional<String> rootOf(String index) {
        try {
            return source(index, Map.of("_source_includes", "root"))
                    .map(s -> s.path("root").asText(null));
        } catch (RuntimeException e) {
            LOG.debug("cannot read the corpus manifest of {}: {}", index, e.getMessage());
            return Optional.empty();
        }
    }

    /** Records {@code manifest} as {@code index}'s, refreshed: readable by the next update at once. */
    void write(String index, CorpusManifest manifest) {
        ensureExists();
        ObjectNode doc = Cluster.JSON.createObjectNode();
        doc.put("root", manifest.root());
        doc.put("manifest", new String(manifest.toJson(), StandardCharsets.UTF_8));
        cluster.send("PUT", "/" + name + "/_doc/" + index, Map.of("refresh", "true"), doc);
    }

    /**
     * Forgets the manifest of a deleted index, if it had one; a failure only leaves a stale document (a rebuild's
     * publish must not fail after the alias moved).
     */
    void delete(String index) {
        try {
            if (cluster.status("HEAD", "/" + name + "/_doc/" + index) == 200) {
                cluster.send("DELETE", "/" + name + "/_doc/" + index, Map.of("refresh", "true"), null);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot delete the corpus manifest of {} from {}: {}", index, name, e.getMessage());
        }
    }

    private Optional<JsonNode> source(String index, Map<String, String> params) {
        try {
            JsonNode doc = cluster.send("GET", "/" + name + "/_doc/" + index, params, null);
            return doc.path("found").asBoolean(false) ? Optional.of(doc.path("_source")) : Optional.empty();
        } catch (ClusterErrors.StatusException e) {
            if (e.status() == 404) {
                return Optional.empty(); // no such document, or no store yet: an index built before manifests
            }
            throw e;
        }
    }

    private void ensureExists() {
        if (cluster.status("HEAD", "/" + name) == 404) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.putObject("settings")
                    .putObject("index")
                    .put("number_of_shards", 1)
                    .put("number_of_replicas", replicas);
            body.putObject("mappings").put("dynamic", "false").putObject("properties");
            try {
                cluster.send("PUT", "/" + name, Map.of(), body);
            } catch (ClusterErrors.StatusException e) {
                if (e.status() != 400) { // 400: created meanwhile by another process
                    throw e;
                }
            }
        }
    }
}
