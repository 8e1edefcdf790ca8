package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.config.OpenSearchSettings;
import org.zhsearch.engine.IndexFormat;
import org.zhsearch.schema.DeclaredValues;

/**
 * What an engine needs on the cluster before it serves: an index behind the alias (an empty one if there is none),
 * with the fields this version writes, and the writes store. When no node can be reached at start, it is tried
 * again in the background until the cluster answers, so a server started before its cluster keeps running.
 */
final class IndexSetup implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSetup.class);
    private static final int RECONNECT_SECONDS = 5;

    private final Cluster cluster;
    private final OpenSearchSettings settings;
    private final WritesStore store;
    private final DeclaredFields declared;
    /** Connects when the cluster did not answer at start; {@code null} otherwise. */
    private volatile Thread connector;

    IndexSetup(Cluster cluster, OpenSearchSettings settings, WritesStore store, DeclaredFields declared) {
        this.cluster = cluster;
        this.settings = settings;
        this.store = store;
        this.declared = declared;
    }

    /** Why the index behind the alias cannot be used with the declared fields ({@code _meta}), or {@code null}. */
    String typeChange() {
        String alias = settings.index();
        if (cluster.status("HEAD", "/_alias/" + alias) == 404) {
            return null;
        }
        for (JsonNode index : cluster.send("GET", "/" + alias + "/_mapping", Map.of(), null)) {
            JsonNode recorded = index.path("mappings").path("_meta").path(IndexSchema.META_FIELDS);
            String problem = declared.typeChange(recorded.isTextual() ? recorded.asText() : null);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Why this version cannot search the index behind the alias ({@link IndexFormat}, in {@code _meta}), or null. */
    String formatProblem() {
        String alias = settings.index();
        if (cluster.status("HEAD", "/_alias/" + alias) == 404) {
            return null;
        }
        for (JsonNode index : cluster.send("GET", "/" + alias + "/_mapping", Map.of(), null)) {
            JsonNode recorded = index.path("mappings").path("_meta").path(IndexFormat.KEY);
            String problem = IndexFormat.problem(recorded.isMissingNode() ? null : recorded.asText());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /**
     * Sets the indexes up now, or — when no node could be reached (not a TLS or credentials failure, which throw) —
     * in the background.
     */
    void ensureNowOrLater() {
        try { // creating indexes waits for their shards: each request gets a deadline of its own
            ensure();
        } catch (Cluster.Unreachable e) {
            if (!e.noConnection()) {
                throw e;
            }
            LOG.warn("{}; trying again every {} s", e.getMessage(), RECONNECT_SECONDS);
            connector = Thread.ofPlatform()
                    .daemon()
                    .name("zhsearch-opensearch-connect")
                    .start(this::retry);
        }
    }

    private void retry() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(RECONNECT_SECONDS * 1000L);
                ensure();
                LOG.info("the OpenSearch cluster answers: serving {}", settings.index());
                return;
            } catch (InterruptedException e) {
                return; // closed
            } catch (RuntimeException e) {
                LOG.debug("the OpenSearch cluster still does not answer: {}", e.getMessage());
            }
        }
    }

    private void ensure() {
        String alias = settings.index();
        if (cluster.status("HEAD", "/_alias/" + alias) == 404) {
            String first = new IndexNames(cluster, alias).next();
            cluster.send(
                    "PUT", "/" + first, Map.of(), IndexSchema.create(settings.shards(), settings.replicas(), declared));
            ObjectNode actions = Cluster.JSON.createObjectNode();
            actions.putArray("actions")
                    .addObject()
                    .putObject("add")
                    .put("index", first)
                    .put("alias", alias);
            cluster.send("POST", "/_aliases", Map.of(), actions);
        } else {
            cluster.send("PUT", "/" + alias + "/_mapping", Map.of(), IndexSchema.addedFields());
            // fields declared since the index was built are added (their values are indexed from the next write);
            // a changed type is left to the facade's refusal (typeChange), which a rebuild clears
            if (IndexSchema.hasDeclared(declared) && typeChange() == null) {
                ObjectNode mapping = Cluster.JSON.createObjectNode();
                ObjectNode properties = mapping.putObject("properties");
                properties.set(DeclaredValues.STORED, IndexSchema.declared(declared));
                ObjectNode words = IndexSchema.declaredWords(declared);
                if (words != null) { // kept in the source of an index built before: excludes cannot change
                    properties.set(DeclaredValues.WORDS, words);
                }
                ObjectNode meta = mapping.putObject("_meta"); // replaced whole: what else it says is kept
                for (JsonNode index : cluster.send("GET", "/" + alias + "/_mapping", Map.of(), null)) {
                    index.path("mappings").path("_meta").properties().forEach(e -> meta.set(e.getKey(), e.getValue()));
                }
                meta.put(IndexSchema.META_FIELDS, declared.typesRecord());
                cluster.send("PUT", "/" + alias + "/_mapping", Map.of(), mapping);
            }
        }
        store.ensureExists();
    }

    @Override
    public void close() {
        Thread c = connector;
        if (c != null) {
            c.interrupt();
        }
    }
}
