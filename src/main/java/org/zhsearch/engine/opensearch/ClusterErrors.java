package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** The cluster's error answers as our errors: a code that says whose problem it is and a message that says why. */
final class ClusterErrors {
    static final String MISSING_ALIAS = "alias_missing";
    private static final String NO_INDEX_ADVICE = " — there is no index under that name: build it with 'zhsearch index'"
            + " (or POST /api/admin/reindex), with the same opensearch.index setting";

    private ClusterErrors() {}

    /** The error for an answer with status {@code status} and body {@code json} to {@code request}. */
    static StatusException of(int status, JsonNode json, String request) {
        String type = json.path("error")
                .path("root_cause")
                .path(0)
                .path("type")
                .asText(json.path("error").path("type").asText(""));
        if (status == 404
                && json.path("error").isTextual()
                && json.path("error").asText().startsWith("alias [")) {
            type = MISSING_ALIAS; // GET /_alias/x answers {"error": "alias [x] missing"}
        }
        return new StatusException(status, type, request + " answered " + status + ": " + reason(json));
    }

    /** The cluster's reason, from its root cause when it gives one. */
    static String reason(JsonNode json) {
        JsonNode error = json.path("error");
        JsonNode root = error.path("root_cause").path(0);
        String reason = root.path("reason").asText(error.path("reason").asText(error.asText("")));
        return reason.isEmpty() ? json.toString() : reason;
    }

    /**
     * A failed try in one line: the node and the cluster's reason for an error answer the transport turned into an
     * exception (its message is the request, the status line, then the body), else the exception.
     */
    static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        int body = message.indexOf('\n');
        java.util.regex.Matcher host = java.util.regex.Pattern.compile(
                        "host \\[([^\\]]*)\\].*status line \\[([^\\]]*)\\]")
                .matcher(message);
        if (body < 0 || !host.find()) {
            return e.toString();
        }
        try {
            return host.group(1) + " answered " + host.group(2) + ": "
                    + ClusterErrors.reason(Cluster.JSON.readTree(message.substring(body + 1)));
        } catch (IOException notJson) {
            return host.group(1) + " answered " + host.group(2) + ": "
                    + message.substring(body + 1).strip();
        }
    }

    static String blockReason(String message) {
        int at = message.indexOf("blocked by:");
        return at < 0
                ? message
                : message.substring(at, Math.max(message.indexOf(';', at), at)).replace("\"", "");
    }

    /** Whether an error type (or bulk item error) is an index block: read-only, flood-stage disk, no writes. */
    static boolean isBlock(String type) {
        return "cluster_block_exception".equals(type);
    }

    private static boolean isMissing(String type) {
        return "index_not_found_exception".equals(type) || MISSING_ALIAS.equals(type);
    }

    static String blockAdvice(String message) {
        return message + " — the index refuses writes (a read-only or write block, or the disk passed the"
                + " flood-stage watermark): free disk space or remove the block"
                + " (PUT /<index>/_settings {\"index.blocks.read_only_allow_delete\": null}, or index.blocks.write"
                + " / index.blocks.read_only);"
                + " searches keep working";
    }

    /** An error status from the cluster; {@link #status()} says which, {@link #type()} the cluster's error type. */
    static final class StatusException extends ZhsearchException {
        private final int status;
        private final String type;

        StatusException(int status, String type, String message) {
            super(
                    code(status, type),
                    isBlock(type)
                            ? blockAdvice(message)
                            : isMissing(type)
                                    ? message + NO_INDEX_ADVICE
                                    : status == 401 || status == 403
                                            ? message + " — check opensearch.username/password or opensearch.apiKey"
                                            : message);
            this.status = status;
            this.type = type == null ? "" : type;
        }

        private static ErrorCode code(int status, String type) {
            if (isBlock(type)) {
                return ErrorCode.INDEX_UNWRITABLE;
            }
            if (isMissing(type)) {
                return ErrorCode.NO_INDEX;
            }
            return status == 429 || status >= 500 ? ErrorCode.UNAVAILABLE : ErrorCode.INDEX_FAILED;
        }

        int status() {
            return status;
        }

        String type() {
            return type;
        }
    }
}
