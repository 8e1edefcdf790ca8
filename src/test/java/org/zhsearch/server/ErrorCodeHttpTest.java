package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhsearch.api.ErrorCode;

/**
 * Every code in an HTTP error body is an {@link ErrorCode} answered with that code's status, whichever layer wrote
 * it: a route's exception, Javalin's status handlers or Jetty before the request reached Javalin.
 */
class ErrorCodeHttpTest {
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
    void everyCodeIsWrittenAsItsWireName() throws JsonProcessingException {
        ObjectMapper mapper = JsonMapping.create();
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(mapper.writeValueAsString(new ErrorBody(c, "m")))
                    .isEqualTo("{\"error\":\"" + c.code() + "\",\"message\":\"m\"}");
        }
    }

    /** The codes of raw statuses stay what they were; a status without a code of its own gets its class's. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            400, bad_request
            401, unauthorized
            403, forbidden
            404, not_found
            405, method_not_allowed
            406, not_acceptable
            408, request_timeout
            409, conflict
            411, length_required
            413, body_too_large
            414, uri_too_long
            415, unsupported_media_type
            416, range_not_satisfiable
            429, too_many_requests
            431, request_header_fields_too_large
            500, internal_error
            501, not_implemented
            503, unavailable
            505, http_version_not_supported
            410, bad_request
            418, bad_request
            502, internal_error
            504, internal_error
            """)
    void aRawStatusGetsItsCode(int status, String code) {
        assertThat(ErrorMapping.codeOf(status).code()).isEqualTo(code);
    }

    @Test
    void routeErrorsCarryTheirCodesStatus() {
        String article = TestServer.articlePath("a/new.txt");
        String auth = TestServer.bearer(TestServer.TOKEN);
        assertCode(server.get("/api/nope"), ErrorCode.NOT_FOUND);
        assertCode(server.get(TestServer.articlePath("no/such.txt")), ErrorCode.NOT_FOUND);
        assertCode(server.send("POST", "/api/search", "x"), ErrorCode.METHOD_NOT_ALLOWED);
        assertCode(server.get("/api/search"), ErrorCode.INVALID_PARAMETER);
        assertCode(server.get(TestServer.search("\"", "syntax=strict")), ErrorCode.INVALID_QUERY);
        assertCode(server.send("PUT", article, "标题\n\n正文"), ErrorCode.UNAUTHORIZED);
        assertCode(
                server.send("PUT", article, "x", "Authorization", auth, "Content-Type", "image/png"),
                ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertCode(
                server.send("PUT", article, "", "Authorization", auth, "Content-Type", "text/plain"),
                ErrorCode.INVALID_ARTICLE);
    }

    @Test
    void errorsJettyAnswersItselfCarryTheirCodesStatus() throws IOException {
        assertCode(
                server.sendAlone(HttpRequest.newBuilder(server.uri(TestServer.search("a".repeat(20_000))))
                        .GET()),
                ErrorCode.URI_TOO_LONG);
        assertCode(
                server.sendAlone(
                        HttpRequest.newBuilder(server.uri("/api/stats")).GET(), "X-Big", "a".repeat(40_000)),
                ErrorCode.REQUEST_HEADER_FIELDS_TOO_LARGE);
        assertRaw("GET /api/%2e%2e/x HTTP/1.1", ErrorCode.BAD_REQUEST);
        assertRaw("GET /api/stats HTTP/3.0", ErrorCode.HTTP_VERSION_NOT_SUPPORTED);
    }

    private static void assertCode(HttpResponse<String> r, ErrorCode expected) {
        assertResponse(r.statusCode(), server.json(r), expected);
    }

    private static void assertResponse(int status, JsonNode body, ErrorCode expected) {
        String code = body.get("error").asText();
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code))
                .as("a known code")
                .contains(code);
        assertThat(code).isEqualTo(expected.code());
        assertThat(status).as(code).isEqualTo(expected.status());
    }

    /** Sends a request line the HTTP client would refuse to send. */
    private static void assertRaw(String requestLine, ErrorCode expected) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.split(" ", 3)[1]);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            assertResponse(status, server.json.readTree(body), expected);
        }
    }
}
