package org.zhsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.config.ZhsearchConfig;

/** A real server on an ephemeral port over an index of {@link TestCorpus}, and an HTTP client for it. */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "s3cret-admin-token";
    static final long MAX_BODY = 64 * 1024;

    final Path corpus;
    final Path home;
    final ZhSearch zh;
    final ZhsearchServer server;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    private final int port;
    private final boolean owner;

    private TestServer(Path corpus, Path home, ZhSearch zh, ZhsearchServer server, int port, boolean owner) {
        this.corpus = corpus;
        this.home = home;
        this.zh = zh;
        this.server = server;
        this.port = port;
        this.owner = owner;
    }

    /** A client for another server on {@code otherPort} over the same index; closing it closes nothing. */
    TestServer withPort(int otherPort) {
        return new TestServer(corpus, home, zh, server, otherPort, false);
    }

    /** Writes the corpus under {@code dir}, indexes it and serves it with {@code token} (null: writes disabled). */
    static TestServer start(Path dir, String token) throws IOException {
        return start(dir, token, List.of());
    }

    static TestServer start(Path dir, String token, List<String> corsOrigins) throws IOException {
        return start(dir, token, corsOrigins, UnaryOperator.identity());
    }

    /** As {@link #start(Path, String, List)} with the settings changed by {@code adjust} (access rules, say). */
    static TestServer start(Path dir, String token, List<String> corsOrigins, UnaryOperator<ServerSettings> adjust)
            throws IOException {
        return start(dir, token, corsOrigins, adjust, DeclaredFields.NONE);
    }

    /** As {@link #start(Path, String, List, UnaryOperator)} with {@code fields} declared. */
    static TestServer start(
            Path dir,
            String token,
            List<String> corsOrigins,
            UnaryOperator<ServerSettings> adjust,
            DeclaredFields fields)
            throws IOException {
        Path corpus = TestCorpus.write(dir.resolve("corpus"));
        Path home = dir.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults().withThreads(1).withFields(fields), ProgressListener.NONE);
        ZhsearchConfig config = ZhsearchConfig.load(null, Map.of(), Map.of(ZhsearchConfig.INDEX_DIR, home.toString()));
        ZhSearch zh = ZhSearch.open(new ZhsearchConfig(
                config.port(),
                config.bind(),
                config.indexDir(),
                config.corpusDir(),
                config.indexThreads(),
                config.adminToken(),
                config.maxBodyBytes(),
                config.corsOrigins(),
                config.indexMinLivePercent(),
                config.backend(),
                config.dictionaryDir(),
                config.opensearch(),
                config.auth(),
                fields,
                false,
                config.regionalVariants()));
        ZhsearchServer server;
        try {
            server = new ZhsearchServer(
                    zh, adjust.apply(new ServerSettings("127.0.0.1", 0, token, MAX_BODY, corsOrigins, corpus, home)));
        } catch (RuntimeException e) {
            zh.close();
            throw e;
        }
        server.start();
        return new TestServer(corpus, home, zh, server, server.port(), true);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), headers);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body, String... headers) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).method(method, publisher), headers);
    }

    /**
     * Sends on a connection of its own, for requests the server answers by closing the connection (414, 413): the
     * shared client would otherwise hand that dead connection to the next test's request, and it does not retry
     * a POST or PUT on it.
     */
    HttpResponse<String> sendAlone(HttpRequest.Builder request, String... headers) {
        try (HttpClient own = HttpClient.newHttpClient()) {
            return send(own, request, headers);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        return send(http, request, headers);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The port the server listens on. */
    int port() {
        return port;
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** {@code /api/search?q=…} with the query URL-encoded and extra raw parameters appended. */
    static String search(String q, String... extra) {
        StringBuilder b = new StringBuilder("/api/search?q=").append(enc(q));
        for (String e : extra) {
            b.append('&').append(e);
        }
        return b.toString();
    }

    /** The article path with each id segment percent-encoded and the slashes kept. */
    static String articlePath(String id) {
        return "/api/articles/"
                + Arrays.stream(id.split("/", -1)).map(TestServer::enc).collect(Collectors.joining("/"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    @Override
    public void close() {
        if (owner) {
            server.close();
            zh.close();
        }
    }
}
