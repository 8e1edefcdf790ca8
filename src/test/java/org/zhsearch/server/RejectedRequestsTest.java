package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests Jetty refuses before routing, sent over a raw socket (an HTTP client would not send them): each gets the
 * JSON error body and the security headers, and is counted in /metrics under route "(rejected)".
 */
class RejectedRequestsTest {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(dir, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The raw response: status line and headers (lower-cased names), then the body. */
    private record Raw(int status, String head, String body) {}

    private static Raw send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            return new Raw(
                    Integer.parseInt(response.split(" ", 3)[1]),
                    response.substring(0, end).toLowerCase(Locale.ROOT),
                    response.substring(end + 4));
        }
    }

    /** The rejected requests of one status in /metrics, any method; 0 when there are none. */
    private static long rejectedCount(int status) {
        String series = "route=\"(rejected)\",status=\"" + status + "\"} ";
        return server.get("/metrics")
                .body()
                .lines()
                .filter(l -> l.startsWith("zhsearch_http_requests_total{") && l.contains(series))
                .mapToLong(l -> Long.parseLong(
                        l.substring(l.indexOf(series) + series.length()).strip()))
                .sum();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "GET /%zz HTTP/1.1                       | 400 | bad_request",
                "GET /api/%2e%2e/x HTTP/1.1              | 400 | bad_request",
                "GET /api/stats HTTP/3.0                 | 505 | http_version_not_supported",
                "GET /api/stats HTTP/1.1 CRLF Bad Header | 400 | bad_request",
                "GET /LONG HTTP/1.1                      | 414 | uri_too_long",
                "GET /api/stats HTTP/1.1 CRLF X-Big: BIG | 431 | request_header_fields_too_large",
                "OPTIONS * HTTP/1.1                      | 404 | not_found"
            })
    void aRequestRefusedBeforeRoutingGetsJsonSecurityHeadersAndIsCounted(String line, int status, String code)
            throws IOException {
        String requestLine = line.replace(" CRLF ", "\r\n")
                .replace("/LONG", "/" + "a".repeat(20_000))
                .replace("BIG", "b".repeat(40_000));
        long before = rejectedCount(status);

        Raw r = send(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isEqualTo(status);
        assertThat(r.head())
                .contains(
                        "content-type: application/json",
                        "x-content-type-options: nosniff",
                        "x-frame-options: deny",
                        "content-security-policy: default-src 'self'",
                        "referrer-policy: no-referrer");
        JsonNode body = server.json.readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(rejectedCount(status)).as(server.get("/metrics").body()).isEqualTo(before + 1);
    }
}
