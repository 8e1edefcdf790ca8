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
 * up to {@link #ATTEMPTS} times; any other refused action fails the whole operation with the cluster's reason.
 */
final class Bulk {
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_ACTIONS = 2000;
    static final int ATTEMPTS = 6;

    private final Cluster cluster;
    private final String index;
    private final Map<String, String> params;
    private final List<String> pending = new ArrayList<>();
    private int pendingBytes;

    /** Actions on {@code index}; {@code params} go with every request (e.g. {@code refresh=true}). */
    Bulk(Cluster cluster, String index, Map<String, String> params) {
        this.cluster = cluster;
        this.index = index;
        this.params = params;
    }

    void index(String id, String routing, ObjectNode doc) {
        add(action("index", id, routing) + "\n" + json(doc) + "\n");
    }

    void delete(String id, String routing) {
        add(action("delete", id, routing) + "\n");
    }

    private String action(String op, String id, String routing) {
        ObjectNode meta = Cluster.JSON.createObjectNode();
        meta.putObject(op).put("_index", index).put("_id", id).put("routing", routing);
        return json(meta);
    }

    private static String json(JsonNode node) {
        try {
            return Cluster.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(String action) {
        pending.add(action);
        pendingBytes += action.length() * 3; // UTF-8 upper bound
        if (pending.size() >= MAX_ACTIONS || pendingBytes >= MAX_BYTES) {
            flush();
        }
    }

    /** Sends what is pending and waits for the cluster's answer. */
    void flush() {
        List<String> batch = new ArrayList<>(pending);
        pending.clear();
        pendingBytes = 0;
        for (int attempt = 1; !batch.isEmpty(); attempt++) {
            JsonNode answer = cluster.sendNdjson("/_bulk", params, String.join("", batch));
            List<String> retry = new ArrayList<>();
            if (answer.path("errors").asBoolean(false)) {
                JsonNode items = answer.path("items");
                for (int i = 0; i < items.size(); i++) {
                    JsonNode result = items.get(i).elements().next();
                    int status = result.path("status").asInt();
                    if (status == 429 && attempt < ATTEMPTS) {
                        retry.add(batch.get(i));
                    } else if (status >= 300 && !(status == 404 && items.get(i).has("delete"))) {
                        throw new ZhsearchException(ErrorCode.INDEX_FAILED, "OpenSearch refused a paragraph ("
                                + result.path("_id").asText() + "): " + result.path("error").path("reason").asText()
                                + "; the previous index stays live");
                    }
                }
            }
            batch = retry;
            if (!batch.isEmpty()) {
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L << Math.min(attempt, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhsearchException(ErrorCode.INTERRUPTED, "indexing was interrupted", e);
        }
    }
}
