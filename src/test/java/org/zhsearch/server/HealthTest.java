package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhsearch.server.TestServer.TOKEN;
import static org.zhsearch.server.TestServer.articlePath;
import static org.zhsearch.server.TestServer.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /health} while writes fail: the documented degraded body, not a generic error body. */
class HealthTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteMakesHealthA503WithTheDegradedBody() throws IOException {
        try (TestServer server = TestServer.start(dir, TOKEN)) {
            // a real failing append, also as root: the journal is a directory, and so is the write probe's file,
            // which keeps the background probe from clearing the failure before we ask
            Files.createDirectories(server.home.resolve("journal.jsonl").resolve("blocked"));
            try (Stream<Path> generations = Files.list(server.home)) {
                for (Path gen : generations.filter(Files::isDirectory).toList()) {
                    Files.createDirectories(gen.resolve("write-probe.tmp").resolve("blocked"));
                }
            }
            HttpResponse<String> put = server.send(
                    "PUT",
                    articlePath("health/a.txt"),
                    "写不进去的一篇。",
                    "Content-Type",
                    "text/plain",
                    "Authorization",
                    bearer(TOKEN));
            assertThat(put.statusCode()).as(put.body()).isGreaterThanOrEqualTo(500);

            HttpResponse<String> health = server.get("/health");
            assertThat(health.statusCode()).isEqualTo(503);
            JsonNode body = server.json(health);
            assertThat(body.get("status").asText()).isEqualTo("degraded");
            assertThat(body.get("reason").asText())
                    .startsWith("writes cannot be accepted: ")
                    .contains("write journal");
            assertThat(body.has("error")).isFalse();
        }
    }
}
