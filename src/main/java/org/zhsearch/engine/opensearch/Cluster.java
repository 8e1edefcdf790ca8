package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.OpenSearchSettings;
import org.zhsearch.engine.EngineSnapshot;

/**
 * The cluster's REST API as JSON in, JSON out: our own request bodies through the official client's generic
 * interface, which spreads requests over the configured nodes and skips dead ones. A node that cannot be reached or
 * an error status becomes a {@link ZhsearchException} ({@code unavailable}) naming the request and the cluster's
 * reason.
 */
final class Cluster implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;
    private final Deadlines deadlines;
    private final String urls;

    Cluster(OpenSearchSettings settings) {
        transport = ClusterTransport.of(settings);
        client = new OpenSearchGenericClient(transport);
        deadlines = new Deadlines(settings.timeoutMs());
        urls = String.join(", ", settings.urls());
    }

    /** Sends a JSON body (or none) and returns the parsed answer; error statuses throw. */
    JsonNode send(String method, String endpoint, Map<String, String> params, Object body) {
        return send(method, endpoint, params, body, false);
    }

    /**
     * Sends a search at a point in time: an answer that some shards failed, or a 503, is not tried again on the same
     * point in time, whose contexts went with their node or index, but thrown as {@link EngineSnapshot.Lost}.
     */
    JsonNode sendPinned(String endpoint, Map<String, String> params, Object body) {
        return send("POST", endpoint, params, body, true);
    }

    private JsonNode send(String method, String endpoint, Map<String, String> params, Object body, boolean pinned) {
        try {
            String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            return execute(
                    method,
                    endpoint,
                    params,
                    json == null ? null : Body.from(json.getBytes(StandardCharsets.UTF_8), "application/json"),
                    pinned);
        } catch (IOException e) {
            throw unavailable(method, endpoint, e.toString(), e);
        }
    }

    /** Sends newline-delimited JSON (the bulk API). */
    JsonNode sendNdjson(String endpoint, Map<String, String> params, String ndjson) {
        return execute(
                "POST",
                endpoint,
                params,
                Body.from(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"),
                false);
    }

    /**
     * The HTTP status of a request whose body does not matter (HEAD, existence checks); throws only when the
     * cluster refuses our credentials or fails.
     */
    int status(String method, String endpoint) {
        Deadline deadline = deadlines.current();
        try (Response r = deadline.await(client.executeAsync(
                Requests.builder().method(method).endpoint(endpoint).build()))) {
            if (r.getStatus() == 401 || r.getStatus() == 403 || r.getStatus() >= 500) {
                throw new ClusterErrors.StatusException(
                        r.getStatus(), null, method + " " + endpoint + " answered " + r.getStatus());
            }
            return r.getStatus();
        } catch (Deadline.Passed e) {
            throw timedOut(method, endpoint, deadline, 1, null, null);
        } catch (IOException e) {
            throw refusedOrUnavailable(method, endpoint, e);
        }
    }

    /**
     * Sends a request; a lost connection, a 503 or an answer that some shards failed (a node just died, a replica
     * is being promoted) is tried again after a pause while the request's deadline allows — every request we send
     * is idempotent (searches, counts, writes of whole documents by id) — so a partial answer is never taken for a
     * whole one. The deadline ({@code opensearch.timeoutMs}) covers all tries, and the tries of every request of one
     * engine operation ({@link #operation()}): when it passes, the error says what was being waited for and why.
     */
    private JsonNode execute(String method, String endpoint, Map<String, String> params, Body body, boolean pinned) {
        byte[] bytes = body == null ? null : body.bodyAsBytes();
        Deadline deadline = deadlines.current();
        String problem = null; // why the last try did not answer
        IOException failure = null; // the last try's, when it did not reach the cluster
        for (int attempt = 1; ; attempt++) {
            var request = Requests.builder().method(method).endpoint(endpoint).query(params);
            if (bytes != null) {
                request.body(Body.from(bytes, body.contentType()));
            }
            try (Response r = deadline.await(client.executeAsync(request.build()))) {
                String text = r.getBody().map(Body::bodyAsString).orElse("{}");
                JsonNode json = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
                boolean partial = json.path("_shards").path("failed").asInt(0) > 0;
                if (partial) {
                    problem = json.path("_shards").path("failed") + " shards failed: "
                            + json.path("_shards").path("failures").path(0).path("reason");
                } else if (r.getStatus() == 503) {
                    problem = "503 " + ClusterErrors.reason(json);
                }
                if (pinned && (partial || r.getStatus() == 503)) {
                    throw new EngineSnapshot.Lost(method + " " + endpoint + ": " + problem, null);
                }
                if (problem != null && (partial || r.getStatus() == 503) && deadline.pause(attempt)) {
                    continue;
                }
                if (partial) {
                    throw new ClusterErrors.StatusException(503, null, method + " " + endpoint + ": " + problem);
                }
                if (r.getStatus() >= 300) {
                    throw ClusterErrors.of(r.getStatus(), json, method + " " + endpoint);
                }
                return json;
            } catch (Deadline.Passed e) {
                throw timedOut(method, endpoint, deadline, attempt, problem, failure);
            } catch (IOException e) {
                if (isAuthFailure(e)) {
                    throw refusedOrUnavailable(method, endpoint, e);
                }
                problem = ClusterErrors.describe(e);
                failure = e;
                if (!deadline.pause(attempt)) {
                    throw timedOut(method, endpoint, deadline, attempt, problem, failure);
                }
            }
        }
    }

    /**
     * Runs the requests sent by this thread until {@code close()} under one deadline of {@code opensearch.timeoutMs}
     * (an operation inside another keeps the outer deadline), so an engine operation of several requests answers in
     * bounded time.
     */
    Deadlines.Scope operation() {
        return deadlines.open();
    }

    /** Like {@link #operation()}, with a deadline of its own even inside another operation (clean-up after a failure). */
    Deadlines.Scope separateOperation() {
        return deadlines.openSeparate();
    }

    private ZhsearchException timedOut(
            String method, String endpoint, Deadline deadline, int tries, String problem, IOException failure) {
        boolean unreachable = problem == null || (failure != null && Unreachable.isConnectionFailure(failure));
        return new Unreachable(
                unreachable,
                "the OpenSearch cluster did not answer " + method + " "
                        + endpoint + " within " + deadline.budgetMs() + " ms (opensearch.timeoutMs; " + tries
                        + (tries == 1 ? " try" : " tries") + "): "
                        + (problem == null
                                ? "no answer from " + urls
                                        + " in time — a node is overloaded, or the cluster has lost its cluster manager (too few nodes)"
                                : problem)
                        + "; searches and writes resume when it answers",
                failure);
    }

    /** The transport reports a 401 or 403 as an exception of its own rather than as a status. */
    private static boolean isAuthFailure(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Unauthorized") || m.contains("Forbidden");
    }

    private static ZhsearchException refusedOrUnavailable(String method, String endpoint, IOException e) {
        StringBuilder chain = new StringBuilder(); // the answer's body is in the cause's message
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(t.getMessage()).append('\n');
        }
        if (chain.indexOf("cluster_block_exception") >= 0) { // a 403 block, not our credentials
            return new ClusterErrors.StatusException(
                    403,
                    "cluster_block_exception",
                    method + " " + endpoint + " was refused: " + ClusterErrors.blockReason(chain.toString()));
        }
        if (isAuthFailure(e)) {
            return new ClusterErrors.StatusException(
                    401, null, method + " " + endpoint + " was refused (401/403: " + e.getMessage() + ")");
        }
        return unavailable(method, endpoint, e.toString(), e);
    }

    private static ZhsearchException unavailable(String method, String endpoint, String why, Exception e) {
        return new Unreachable(
                Unreachable.isConnectionFailure(e),
                "the OpenSearch cluster did not answer " + method + " " + endpoint + " (" + why
                        + "); searches and writes resume when it does",
                e);
    }

    /** {@code unavailable}; {@link #noConnection()} when no node could be reached (not a TLS or protocol failure). */
    static final class Unreachable extends ZhsearchException {
        private final boolean noConnection;

        Unreachable(boolean noConnection, String message) {
            this(noConnection, message, null);
        }

        Unreachable(boolean noConnection, String message, Throwable cause) {
            super(ErrorCode.UNAVAILABLE, message, cause);
            this.noConnection = noConnection;
        }

        boolean noConnection() {
            return noConnection;
        }

        static boolean isConnectionFailure(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.ConnectException
                        || t instanceof java.net.NoRouteToHostException
                        || t instanceof java.net.SocketTimeoutException
                        || t.getClass().getSimpleName().equals("ConnectionClosedException")) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing connections to a cluster that is gone: nothing left to release
        }
    }
}
