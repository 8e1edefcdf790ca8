package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CORS is off unless origins are configured, and then only those origins are allowed. */
class CorsTest {
    private static final String ALLOWED = "https://search.example.org";

    @TempDir
    Path dir;

    @Test
    void withoutConfiguredOriginsNoCorsHeadersAreSent() throws IOException {
        try (TestServer server = TestServer.start(dir, null)) {
            HttpResponse<String> r = server.get(TestServer.search("书院"), "Origin", ALLOWED);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            HttpResponse<String> preflight = server.send(
                    "OPTIONS", "/api/search", null, "Origin", ALLOWED, "Access-Control-Request-Method", "GET");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    @Test
    void aConfiguredOriginIsAllowedAndOthersAreNot() throws IOException {
        try (TestServer server = TestServer.start(dir, null, List.of(ALLOWED))) {
            HttpResponse<String> allowed = server.get(TestServer.search("书院"), "Origin", ALLOWED);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue(ALLOWED);
            assertThat(allowed.headers().allValues("Vary"))
                    .anySatisfy(v -> assertThat(v).contains("Origin"));
            HttpResponse<String> other = server.get(TestServer.search("书院"), "Origin", "https://evil.example.com");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    @Test
    void aStarAllowsAnyOrigin() throws IOException {
        try (TestServer server = TestServer.start(dir, null, List.of("*"))) {
            HttpResponse<String> r = server.get(TestServer.search("书院"), "Origin", "https://anywhere.example.net");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValueSatisfying(v -> assertThat(v).isIn("*", "https://anywhere.example.net"));
        }
    }
}
