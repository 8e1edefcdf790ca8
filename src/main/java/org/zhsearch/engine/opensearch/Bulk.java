package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/**
 * Index and delete actions sent to the bulk API in bounded batches (at most {@link #MAX_BYTES} or
 * {@link #MAX_ACTIONS} a request). Actions the cluster refuses for load (429) are sent again, after a growing pause,
 * up to {@link #ATTEMPTS} times; a block (read-only, flood-stage disk) fails at once with {@code index_unwritable};
 * any other refused action fails the whole operation with the cluster's reason.
 *
 * <p>Every action carries an external version ({@code external_gte}): a paragraph of the corpus has version 0, one
 * written by an API write the write's sequence + 1 ({@link WritesStore}). An action older than what the document
 * already has is refused by the cluster (409) and skipped here: a newer write of that article has been applied.
 */
final class Bulk {
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_ACTIONS = 2000;
    static final int ATTEMPTS = 6;

    private final Cluster cluster;
    private final String index;
    private final Map<String, String> params;
    /** What a failure means for the user, e.g. "the previous index stays live". */
    private final String consequence;

    private final List<String> pending = new ArrayList<>();
    /** The routing (article id) of each pending action, to say whose action failed. */
    private final List<String> pendingRoutings = new ArrayList<>();
    /** Article id → why the cluster refused one of its actions, when failures are collected, not thrown. */
    private final Map<String, String> failures = new java.util.LinkedHashMap<>();

    private boolean collectFailures;
    private final java.util.Set<String> written = new java.util.HashSet<>();
    private int pendingBytes;
    private int conflicts;

    /** Actions on {@code index}; {@code params} go with every request (e.g. {@code refresh=true}). */
    Bulk(Cluster cluster, String index, Map<String, String> params, String consequence) {
        this.cluster = cluster;
        this.index = index;
        this.params = params;
        this.consequence = consequence;
    }

    /**
     * From now on an action the cluster refuses for its content fails only its article ({@link #failures}), not the
     * whole operation (a batch of API writes: the other articles are still written); blocks still throw.
     */
    Bulk collectingFailures() {
        collectFailures = true;
        return this;
    }

    /** Article id → why the cluster refused one of its actions (see {@link #collectingFailures()}). */
    Map<String, String> failures() {
        return failures;
    }

    void index(String id, String routing, long version, ObjectNode doc) {
        add(action("index", id, routing, version) + "\n" + json(doc) + "\n", routing);
    }

    void delete(String id, String routing, long version) {
        add(action("delete", id, routing, version) + "\n", routing);
    }

    private String action(String op, String id, String routing, long version) {
        ObjectNode meta = Cluster.JSON.createObjectNode();
        meta.putObject(op)
                .put("_index", index)
                .put("_id", id)
                .put("routing", routing)
                .put("version", version)
                .put("version_type", "external_gte");
        return json(meta);
    }

    private static String json(JsonNode node) {
        try {
            return Cluster.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(String action, String routing) {
        pending.add(action);
        pendingRoutings.add(routing);
        pendingBytes += action.length() * 3; // UTF-8 upper bound
        if (pending.size() >= MAX_ACTIONS || pendingBytes >= MAX_BYTES) {
            flush();
        }
    }

    /** Sends what is pending and waits for the cluster's answer. */
    void flush() {
        List<String> batch = new ArrayList<>(pending);
        List<String> routings = new ArrayList<>(pendingRoutings);
        pending.clear();
        pendingRoutings.clear();
        pendingBytes = 0;
        for (int attempt = 1; !batch.isEmpty(); attempt++) {
            JsonNode answer = cluster.sendNdjson("/_bulk", params, String.join("", batch));
            List<String> retry = new ArrayList<>();
            List<String> retryRoutings = new ArrayList<>();
            answer.path("items")
                    .forEach(item ->
                            written.add(item.elements().next().path("_index").asText()));
            if (answer.path("errors").asBoolean(false)) {
                JsonNode items = answer.path("items");
                for (int i = 0; i < items.size(); i++) {
                    JsonNode result = items.get(i).elements().next();
                    int status = result.path("status").asInt();
                    String type = result.path("error").path("type").asText("");
                    if (status == 409) {
                        conflicts++;
                        continue;
                    }
                    if (status < 300 || (status == 404 && items.get(i).has("delete"))) {
                        continue; // done, superseded by a newer write, or nothing to delete
                    }
                    if (ClusterErrors.isBlock(type)) {
                        throw new ZhsearchException(
                                ErrorCode.INDEX_UNWRITABLE,
                                ClusterErrors.blockAdvice(
                                                "OpenSearch refused to write " + index + ": " + reason(result))
                                        + "; " + consequence);
                    }
                    if ("index_not_found_exception".equals(type)) {
                        throw new IndexGone(index);
                    }
                    if (status == 429 && attempt < ATTEMPTS) {
                        retry.add(batch.get(i));
                        retryRoutings.add(routings.get(i));
                    } else if (collectFailures && status != 429) {
                        failures.putIfAbsent(routings.get(i), reason(result));
                    } else {
                        throw new ZhsearchException(
                                status == 429 ? ErrorCode.UNAVAILABLE : ErrorCode.INDEX_FAILED,
                                "OpenSearch refused a paragraph ("
                                        + result.path("_id").asText() + "): " + reason(result) + "; " + consequence);
                    }
                }
            }
            batch = retry;
            routings = retryRoutings;
            if (!batch.isEmpty()) {
                pause(attempt);
            }
        }
    }

    /** Actions skipped because the document already had a newer version. */
    int conflicts() {
        return conflicts;
    }

    /** The physical indexes the actions went to (an alias resolves to the index behind it at that moment). */
    java.util.Set<String> writtenTo() {
        return written;
    }

    private static String reason(JsonNode result) {
        return result.path("error").path("reason").asText();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L << Math.min(attempt, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhsearchException(ErrorCode.INTERRUPTED, "indexing was interrupted", e);
        }
    }

    /** The index was deleted under the request (an alias switch by a rebuild): the write goes to the new one. */
    static final class IndexGone extends ZhsearchException {
        IndexGone(String index) {
            super(ErrorCode.UNAVAILABLE, "the index " + index + " was deleted during the write");
        }
    }
}
