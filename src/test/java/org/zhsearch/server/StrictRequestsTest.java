package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API refuses what it would otherwise ignore: unknown query parameters, an Accept it cannot answer. */
class StrictRequestsTest {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(dir, TestServer.TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMisspelledParameterIsA400NamingItAndTheNearestKnownName() {
        HttpResponse<String> r = server.get("/api/search?q=" + TestServer.enc("乡村") + "&limt=5");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(server.json(r).get("error").asText()).isEqualTo("invalid_parameter");
        assertThat(server.json(r).get("message").asText()).startsWith("unknown parameter limt; did you mean limit?");
    }

    @Test
    void aNameFarFromEveryKnownOneIsNamedWithoutASuggestion() {
        HttpResponse<String> r = server.get("/api/suggest?q=" + TestServer.enc("乡村") + "&colour=red&lmiit=3");
        assertThat(r.statusCode()).isEqualTo(400);
        String message = server.json(r).get("message").asText();
        assertThat(message).contains("colour").contains("lmiit; did you mean limit?");
        assertThat(message).doesNotContain("colour; did you mean");
    }

    @Test
    void everyDocumentedSearchParameterAndDeclaredFilterFormStillPasses() {
        HttpResponse<String> r = server.get("/api/search?q=" + TestServer.enc("乡村")
                + "&limit=5&offset=0&from=2024-01-01&to=2025-12-31&source=sp20240618&publication="
                + TestServer.enc("人民日报")
                + "&group=article&mode=exact&sort=date&facets=year&syntax=forgiving&relatedOffset=0");
        assertThat(r.statusCode()).isEqualTo(200);
        // filter.<name> is open-ended: an undeclared name reaches the search and is refused there, naming the field
        HttpResponse<String> filter = server.get("/api/search?q=" + TestServer.enc("乡村") + "&filter.author=x");
        assertThat(server.json(filter).get("message").asText()).doesNotContain("unknown parameter");
    }

    @Test
    void routesWithoutParametersRefuseAny() {
        HttpResponse<String> r = server.get("/api/stats?verbose=true");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(server.json(r).get("message").asText())
                .isEqualTo("unknown parameter verbose; this endpoint takes no query parameters");
    }

    @Test
    void anAcceptThatExcludesJsonIsA406() {
        HttpResponse<String> r = server.get("/api/search?q=" + TestServer.enc("乡村"), "Accept", "application/xml");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(server.json(r).get("error").asText()).isEqualTo("not_acceptable");
        assertThat(server.get("/health", "Accept", "text/html").statusCode()).isEqualTo(406);
        assertThat(server.get("/metrics", "Accept", "application/json").statusCode())
                .isEqualTo(406);
        assertThat(server.get("/api/stats", "Accept", "application/json;q=0, */*;q=0")
                        .statusCode())
                .isEqualTo(406);
    }

    @Test
    void jsonWildcardsAndABrowsersAcceptAreAnswered() {
        String[] accepted = {
            "*/*",
            "application/json",
            "application/*",
            "APPLICATION/JSON; charset=utf-8",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        };
        for (String accept : accepted) {
            assertThat(server.get("/api/stats", "Accept", accept).statusCode())
                    .as(accept)
                    .isEqualTo(200);
        }
        assertThat(server.get("/metrics", "Accept", "text/plain;version=0.0.4").statusCode())
                .isEqualTo(200);
        assertThat(server.get("/", "Accept", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void openApiServersNameThePortTheServerListensOn() {
        HttpResponse<String> r = server.get("/openapi.json");
        assertThat(server.json(r).get("servers").get(0).get("url").asText())
                .isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.port()).isNotEqualTo(7070);
    }

    @Test
    void aServerUrlComesFromTheHostHeaderOnlyWhenItIsAHostAndPort() {
        assertThat(OpenApiDocument.serverUrl("http", "search.example.org:8080", "127.0.0.1:7071"))
                .isEqualTo("http://search.example.org:8080");
        assertThat(OpenApiDocument.serverUrl("https", "[::1]:9000", "127.0.0.1:7071"))
                .isEqualTo("https://[::1]:9000");
        assertThat(OpenApiDocument.serverUrl("http", "evil\"/x", "127.0.0.1:7071"))
                .isEqualTo("http://127.0.0.1:7071");
    }
}
