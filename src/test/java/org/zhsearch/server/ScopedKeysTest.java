package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhsearch.config.AuthSettings;
import org.zhsearch.config.KeyScope;

/**
 * With {@code auth.reads = key}, every route against every kind of credentials: each scope allows exactly what
 * README's HTTP API table says, and nothing answers without a key but {@code /health}.
 */
class ScopedKeysTest {
    static final String READ_SECRET = "reader-secret-0123456789";
    static final String WRITE_SECRET = "writer-secret-0123456789";
    static final String ADMIN_SECRET = "keeper-secret-0123456789";

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path keys = dir.resolve("keys.txt");
        Files.writeString(
                keys,
                "# name scope secret\nreader read " + READ_SECRET + "\nwriter\twrite\t" + WRITE_SECRET
                        + "\n\nkeeper admin " + ADMIN_SECRET + "\n");
        // no corpus: a reindex that gets past the key check answers 409 reindex_unavailable and changes nothing
        server = TestServer.start(
                dir,
                TestServer.TOKEN,
                List.of(),
                s -> new ServerSettings(
                        s.bind(),
                        0,
                        s.adminToken(),
                        s.maxBodyBytes(),
                        s.corsOrigins(),
                        null,
                        s.indexHome(),
                        s.minLiveFraction(),
                        new AuthSettings(true, keys)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A route, the scope README says it needs ({@code null}: open) and the statuses it answers once let in. */
    record Route(String method, String path, String body, KeyScope needs, Set<Integer> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Credentials: the Authorization header sent ({@code null}: none) and the scope it carries. */
    record Credentials(String name, String header, KeyScope scope, boolean basic) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/", null, KeyScope.READ, Set.of(200)),
            new Route("GET", "/app.js", null, KeyScope.READ, Set.of(200)),
            new Route("GET", "/app.css", null, KeyScope.READ, Set.of(200)),
            new Route("GET", "/openapi.json", null, KeyScope.READ, Set.of(200)),
            new Route("GET", TestServer.search("书院"), null, KeyScope.READ, Set.of(200)),
            new Route("GET", "/api/suggest?q=" + TestServer.enc("书"), null, KeyScope.READ, Set.of(200)),
            new Route("GET", "/api/analyze?text=" + TestServer.enc("科技创新"), null, KeyScope.READ, Set.of(200)),
            new Route("POST", "/api/analyze", "科技创新", KeyScope.READ, Set.of(200)),
            new Route("GET", TestServer.articlePath(TestCorpus.KEJI_ID), null, KeyScope.READ, Set.of(200)),
            new Route("GET", "/api/stats", null, KeyScope.READ, Set.of(200)),
            new Route("GET", "/api/fields", null, KeyScope.READ, Set.of(200)),
            new Route("GET", "/metrics", null, KeyScope.READ, Set.of(200)),
            new Route(
                    "PUT",
                    TestServer.articlePath("keys/table.txt"),
                    "发布时间:2024-12-01 08:00:00 来源: keys\n钥匙\n钥匙测试的正文。",
                    KeyScope.WRITE,
                    Set.of(200, 201)),
            new Route("DELETE", TestServer.articlePath("keys/absent.txt"), null, KeyScope.WRITE, Set.of(404)),
            // the table sends text/plain: once past the key check, the bulk route refuses it (nothing written)
            new Route("POST", "/api/articles/_bulk", "{}", KeyScope.WRITE, Set.of(415)),
            new Route("POST", "/api/admin/reindex", null, KeyScope.ADMIN, Set.of(409)),
            new Route("GET", "/api/admin/reindex", null, KeyScope.ADMIN, Set.of(200)),
            new Route("POST", "/api/admin/reload-dictionaries", null, KeyScope.ADMIN, Set.of(200)),
            new Route("GET", "/health", null, null, Set.of(200)));

    static final List<Credentials> CREDENTIALS = List.of(
            new Credentials("none", null, null, false),
            new Credentials("wrong key", "Bearer not-a-key-of-this-server", null, false),
            new Credentials("an empty bearer", "Bearer ", null, false),
            new Credentials("wrong Basic", basic("reader", "not-a-key-of-this-server"), null, true),
            new Credentials("malformed Basic", "Basic %%%", null, true),
            new Credentials("read key", "Bearer " + READ_SECRET, KeyScope.READ, false),
            new Credentials("write key", "Bearer " + WRITE_SECRET, KeyScope.WRITE, false),
            new Credentials("admin key", "bearer " + ADMIN_SECRET, KeyScope.ADMIN, false),
            new Credentials("admin.token", "Bearer " + TestServer.TOKEN, KeyScope.ADMIN, false),
            new Credentials("read key as Basic", basic("anyone", READ_SECRET), KeyScope.READ, true),
            new Credentials("admin key as Basic", basic("", ADMIN_SECRET), KeyScope.ADMIN, true));

    static String basic(String user, String key) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> everyRouteWithEveryCredential() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Credentials credentials : CREDENTIALS) {
                cases.add(Arguments.of(route, credentials));
            }
        }
        return cases.stream();
    }

    static HttpResponse<String> call(Route route, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(route.path()))
                .method(
                        route.method(),
                        route.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(route.body(), StandardCharsets.UTF_8));
        if (route.body() != null) {
            request.header("Content-Type", "text/plain; charset=utf-8");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyRouteWithEveryCredential")
    void eachScopeAllowsExactlyItsRoutes(Route route, Credentials credentials) {
        HttpResponse<String> r = call(route, credentials.header());
        boolean validKey = credentials.scope() != null;
        // Basic is taken for reads only: a browser would send cached Basic credentials with another site's form
        boolean usable = validKey && (!credentials.basic() || route.needs() == KeyScope.READ);
        if (route.needs() == null || usable && credentials.scope().includes(route.needs())) {
            assertThat(r.statusCode()).as(r.body()).isIn(route.allowed());
        } else if (!usable) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
            assertThat(server.json(r).get("error").asText()).isEqualTo("unauthorized");
            List<String> challenges = r.headers().allValues("WWW-Authenticate");
            assertThat(challenges).anySatisfy(c -> assertThat(c).startsWith("Bearer realm=\"zhsearch\""));
            if (route.needs() == KeyScope.READ) { // the browser asks for the key on the page's routes
                assertThat(challenges).contains(AccessGuard.BASIC_CHALLENGE);
            } else {
                assertThat(challenges).noneSatisfy(c -> assertThat(c).startsWith("Basic"));
            }
        } else {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
            assertThat(server.json(r).get("error").asText()).isEqualTo("forbidden");
            assertThat(server.json(r).get("message").asText())
                    .contains("scope " + credentials.scope().label());
        }
        assertThat(r.body()).doesNotContain(READ_SECRET, WRITE_SECRET, ADMIN_SECRET, TestServer.TOKEN);
    }

    @Test
    void aReadKeySeesTheSameResultsAsOpenReadsWould() {
        HttpResponse<String> r = server.get(TestServer.search("量子计算"), "Authorization", "Bearer " + READ_SECRET);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(server.json(r).get("total").asInt())
                .isEqualTo(server.zh
                        .search(org.zhsearch.api.SearchRequest.of("量子计算"))
                        .total());
    }

    private static long authCount(String scope, String result) {
        String text = server.get("/metrics", "Authorization", "Bearer " + ADMIN_SECRET)
                .body();
        Matcher m = Pattern.compile(
                        "(?m)^zhsearch_auth_checks_total\\{scope=\"" + scope + "\",result=\"" + result + "\"} (\\d+)$")
                .matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void authChecksAreCountedByScopeAndOutcomeNeverByKey() {
        long wrongReads = authCount("read", "wrong");
        long forbiddenWrites = authCount("write", "forbidden");
        long missingAdmin = authCount("admin", "missing");
        server.get(TestServer.search("书院"), "Authorization", "Bearer not-a-key-of-this-server");
        server.send(
                "DELETE", TestServer.articlePath("keys/absent.txt"), null, "Authorization", "Bearer " + READ_SECRET);
        server.send("POST", "/api/admin/reload-dictionaries", null, "Authorization", basic("x", ADMIN_SECRET));

        assertThat(authCount("read", "wrong")).isEqualTo(wrongReads + 1);
        assertThat(authCount("write", "forbidden")).isEqualTo(forbiddenWrites + 1);
        assertThat(authCount("admin", "missing")).isEqualTo(missingAdmin + 1);
        String text =
                server.get("/metrics", "Authorization", "Bearer " + READ_SECRET).body();
        assertThat(text.lines().filter(l -> l.startsWith("zhsearch_auth_checks_total{")))
                .hasSize(15);
        assertThat(text).doesNotContain("reader", "writer", "keeper", READ_SECRET);
    }

    /** "PUT /api/articles/keys/table.txt" → "PUT /api/articles/{id}", queries dropped: OpenAPI's path. */
    private static String documentedPath(Route route) {
        String path = route.path().replaceFirst("\\?.*", "");
        return path.startsWith("/api/articles/") && !path.equals("/api/articles/_bulk") ? "/api/articles/{id}" : path;
    }

    @Test
    void theTableCoversEveryRouteAndAgreesWithTheScopesOpenApiDocuments() {
        List<String> registered = server.server.routes().stream()
                .map(r -> r.replaceAll("<([^>]+)>", "{$1}"))
                .toList();
        assertThat(ROUTES.stream()
                        .map(r -> r.method() + " " + documentedPath(r))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(registered);
        var openapi = server.json(server.get("/openapi.json", "Authorization", "Bearer " + READ_SECRET));
        for (Route route : ROUTES) {
            var operation = openapi.get("paths")
                    .get(documentedPath(route))
                    .get(route.method().toLowerCase(java.util.Locale.ROOT));
            assertThat(operation.path("x-scope").asText(null))
                    .as(route.toString())
                    .isEqualTo(route.needs() == null ? null : route.needs().label());
        }
    }
}
