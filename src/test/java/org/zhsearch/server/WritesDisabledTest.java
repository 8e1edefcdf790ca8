package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhsearch.server.TestServer.articlePath;
import static org.zhsearch.server.TestServer.bearer;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without an admin token every write and admin endpoint answers 403, whatever the request carries. */
class WritesDisabledTest {
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

    private static void assertDisabled(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(server.json(r).get("error").asText()).isEqualTo("writes_disabled");
        assertThat(server.json(r).get("message").asText()).contains("ZHSEARCH_ADMIN_TOKEN");
    }

    @Test
    void putIsForbidden() {
        assertDisabled(server.send("PUT", articlePath("x/y.txt"), "正文。", "Content-Type", "text/plain"));
        assertDisabled(server.send(
                "PUT",
                articlePath("x/y.txt"),
                "正文。",
                "Content-Type",
                "text/plain",
                "Authorization",
                bearer("anything")));
        assertThat(server.get(articlePath("x/y.txt")).statusCode()).isEqualTo(404);
    }

    @Test
    void deleteIsForbidden() {
        assertDisabled(server.send("DELETE", articlePath(TestCorpus.KEJI_ID), null));
        assertDisabled(server.send("DELETE", articlePath(TestCorpus.KEJI_ID), null, "Authorization", bearer("")));
        assertThat(server.get(articlePath(TestCorpus.KEJI_ID)).statusCode()).isEqualTo(200);
    }

    @Test
    void reindexIsForbidden() {
        assertDisabled(server.send("POST", "/api/admin/reindex", null));
        assertDisabled(server.get("/api/admin/reindex", "Authorization", bearer("x")));
    }

    @Test
    void readsStillWork() {
        assertThat(server.get(TestServer.search("书院")).statusCode()).isEqualTo(200);
    }
}
