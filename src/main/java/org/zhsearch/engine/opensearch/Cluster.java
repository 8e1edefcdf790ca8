package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.ConfigException;
import org.zhsearch.config.OpenSearchSettings;

/**
 * The cluster's REST API as JSON in, JSON out: our own request bodies through the official client's generic
 * interface, which spreads requests over the configured nodes and skips dead ones. A node that cannot be reached or
 * an error status becomes a {@link ZhsearchException} ({@code unavailable}) naming the request and the cluster's
 * reason.
 */
final class Cluster implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Tries of one request when a node is lost or shards fail meanwhile. */
    static final int ATTEMPTS = 5;

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    Cluster(OpenSearchSettings settings) {
        HttpHost[] hosts = settings.urls().stream().map(Cluster::host).toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder b = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setRequestConfigCallback(rc -> rc
                        .setConnectionRequestTimeout(Timeout.of(settings.timeoutMs(), TimeUnit.MILLISECONDS))
                        .setResponseTimeout(Timeout.of(settings.timeoutMs(), TimeUnit.MILLISECONDS)));
        Header auth = authorization(settings);
        if (auth != null) {
            b.setDefaultHeaders(new Header[] {auth});
        }
        if (settings.trustStore() != null) {
            SSLContext tls = trusting(settings.trustStore(), settings.trustStorePassword());
            b.setHttpClientConfigCallback(client -> client.setConnectionManager(
                    PoolingAsyncClientConnectionManagerBuilder.create()
                            .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).build()).build()));
        }
        transport = b.build();
        client = new OpenSearchGenericClient(transport);
    }

    private static HttpHost host(String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 9200;
        return new HttpHost(uri.getScheme(), uri.getHost(), port);
    }

    /** A TLS context that trusts the certificates in {@code file} (PKCS#12 or JKS, by the JDK's detection). */
    private static SSLContext trusting(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(in, password == null ? null : password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("cannot use opensearch.trustStore " + file + ": " + e.getMessage()
                    + " — give a readable PKCS#12 or JKS file and its password", e);
        }
    }

    private static Header authorization(OpenSearchSettings s) {
        if (s.apiKey() != null) {
            return new BasicHeader("Authorization", "ApiKey " + s.apiKey());
        }
        if (s.username() != null) {
            String pair = s.username() + ":" + (s.password() == null ? "" : s.password());
            return new BasicHeader("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return null;
    }

    /** Sends a JSON body (or none) and returns the parsed answer; error statuses throw. */
    JsonNode send(String method, String endpoint, Map<String, String> params, Object body) {
        try {
            String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            return execute(method, endpoint, params, json == null ? null
                    : Body.from(json.getBytes(StandardCharsets.UTF_8), "application/json"));
        } catch (IOException e) {
            throw unavailable(method, endpoint, e.toString(), e);
        }
    }

    /** Sends newline-delimited JSON (the bulk API). */
    JsonNode sendNdjson(String endpoint, Map<String, String> params, String ndjson) {
        return execute("POST", endpoint, params,
                Body.from(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"));
    }

    /**
     * The HTTP status of a request whose body does not matter (HEAD, existence checks); throws only when the
     * cluster refuses our credentials or fails.
     */
    int status(String method, String endpoint) {
        try (Response r = client.execute(Requests.builder().method(method).endpoint(endpoint).build())) {
            if (r.getStatus() == 401 || r.getStatus() == 403 || r.getStatus() >= 500) {
                throw new StatusException(r.getStatus(), method + " " + endpoint + " answered " + r.getStatus());
            }
            return r.getStatus();
        } catch (IOException e) {
            throw refusedOrUnavailable(method, endpoint, e);
        }
    }

    /**
     * Sends a request; a lost connection, a 503 or an answer that some shards failed (a node just died, a replica
     * is being promoted) is tried again after a pause, up to {@link #ATTEMPTS} times — every request we send is
     * idempotent (searches, counts, writes of whole documents by id) — so a partial answer is never taken for a
     * whole one.
     */
    private JsonNode execute(String method, String endpoint, Map<String, String> params, Body body) {
        byte[] bytes = body == null ? null : body.bodyAsBytes();
        for (int attempt = 1; ; attempt++) {
            var request = Requests.builder().method(method).endpoint(endpoint).query(params);
            if (bytes != null) {
                request.body(Body.from(bytes, body.contentType()));
            }
            try (Response r = client.execute(request.build())) {
                String text = r.getBody().map(Body::bodyAsString).orElse("{}");
                JsonNode json = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
                boolean partial = json.path("_shards").path("failed").asInt(0) > 0;
                if ((r.getStatus() == 503 || partial) && attempt < ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                if (partial) {
                    throw new StatusException(503, method + " " + endpoint + ": " + json.path("_shards").path("failed")
                            + " shards failed: " + json.path("_shards").path("failures").path(0).path("reason"));
                }
                if (r.getStatus() >= 300) {
                    throw new StatusException(r.getStatus(), method + " " + endpoint + " answered " + r.getStatus()
                            + ": " + reason(json));
                }
                return json;
            } catch (IOException e) {
                if (attempt >= ATTEMPTS || isAuthFailure(e)) {
                    throw refusedOrUnavailable(method, endpoint, e);
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(250L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhsearchException(ErrorCode.INTERRUPTED, "interrupted while waiting for the cluster", e);
        }
    }

    private static String reason(JsonNode json) {
        JsonNode error = json.path("error");
        JsonNode root = error.path("root_cause").path(0);
        String reason = root.path("reason").asText(error.path("reason").asText(error.asText("")));
        return reason.isEmpty() ? json.toString() : reason;
    }

    /** The transport reports a 401 or 403 as an exception of its own rather than as a status. */
    private static boolean isAuthFailure(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Unauthorized") || m.contains("Forbidden");
    }

    private static ZhsearchException refusedOrUnavailable(String method, String endpoint, IOException e) {
        if (isAuthFailure(e)) {
            return new StatusException(401, method + " " + endpoint + " was refused (401/403: " + e.getMessage() + ")");
        }
        return unavailable(method, endpoint, e.toString(), e);
    }

    private static ZhsearchException unavailable(String method, String endpoint, String why, Exception e) {
        return new ZhsearchException(ErrorCode.UNAVAILABLE, "the OpenSearch cluster did not answer " + method + " "
                + endpoint + " (" + why + "); searches and writes resume when it does", e);
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing connections to a cluster that is gone: nothing left to release
        }
    }

    /** An error status from the cluster; {@link #status()} says which. */
    static final class StatusException extends ZhsearchException {
        private final int status;

        StatusException(int status, String message) {
            super(status == 429 || status >= 500 ? ErrorCode.UNAVAILABLE : ErrorCode.INDEX_FAILED, status == 401
                    || status == 403 ? message + " — check opensearch.username/password or opensearch.apiKey" : message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
