package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.config.AuthSettings;

/** Keys rotate without a restart: the running server takes up a rewritten keys file within about a second. */
class KeyRotationTest {
    static final String OLD_READ = "old-reader-key-0123456789";
    static final String NEW_READ = "new-reader-key-0123456789";
    static final String WRITE = "writer-key-0123456789abc";

    @TempDir
    static Path dir;

    static Path keys;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        keys = dir.resolve("keys.txt");
        Files.writeString(keys, "reader read " + OLD_READ + "\n");
        server = TestServer.start(dir, null, List.of(), s -> s.withAuth(new AuthSettings(true, keys)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> search(String key) {
        return server.get(TestServer.search("书院"), "Authorization", "Bearer " + key);
    }

    /** Replaces the keys file at once, as an editor or a deploy would (never half-written). */
    private static void rewrite(String content) throws IOException {
        Path next = dir.resolve("keys.next");
        Files.writeString(next, content);
        Files.move(next, keys, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void waitUntil(Predicate<Void> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.test(null)) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aRewrittenKeysFileReplacesTheKeysWithoutARestart() throws Exception {
        assertThat(search(OLD_READ).statusCode()).isEqualTo(200);
        assertThat(search(NEW_READ).statusCode()).isEqualTo(401);
        // only a read key: writes are disabled as without any token, whatever key is sent
        HttpResponse<String> put = server.send(
                "PUT",
                TestServer.articlePath("rotation/a.txt"),
                "正文。",
                "Content-Type",
                "text/plain",
                "Authorization",
                "Bearer " + OLD_READ);
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(server.json(put).get("error").asText()).isEqualTo("writes_disabled");

        long before = System.nanoTime();
        rewrite("reader read " + NEW_READ + "\nwriter write " + WRITE + "\n");
        waitUntil(v -> search(NEW_READ).statusCode() == 200, "the new key works within seconds");
        assertThat((System.nanoTime() - before) / 1e9)
                .as("seconds to take up the new file")
                .isLessThan(3.0);
        assertThat(search(OLD_READ).statusCode()).isEqualTo(401);
        assertThat(server.send(
                                "PUT",
                                TestServer.articlePath("rotation/a.txt"),
                                "轮换后写入的文章。",
                                "Content-Type",
                                "text/plain",
                                "Authorization",
                                "Bearer " + WRITE)
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> admin =
                server.send("POST", "/api/admin/reload-dictionaries", null, "Authorization", "Bearer " + WRITE);
        assertThat(admin.statusCode())
                .as("a write key but no admin key: admin stays disabled")
                .isEqualTo(403);
        assertThat(server.json(admin).get("error").asText()).isEqualTo("writes_disabled");

        // a bad file (an unknown scope) keeps the keys in force; reads never lock up
        rewrite("reader read " + OLD_READ + "\nwriter wirte " + WRITE + "\n");
        Thread.sleep(2_500);
        assertThat(search(NEW_READ).statusCode()).isEqualTo(200);
        assertThat(search(OLD_READ).statusCode()).isEqualTo(401);

        Files.delete(keys); // so does a missing one
        Thread.sleep(2_500);
        assertThat(search(NEW_READ).statusCode()).isEqualTo(200);

        rewrite("reader read " + OLD_READ + "\n"); // and a good file after them is taken up again
        waitUntil(v -> search(OLD_READ).statusCode() == 200, "the good file is taken up after the bad one");
        assertThat(search(NEW_READ).statusCode()).isEqualTo(401);
        assertThat(search(WRITE).statusCode()).isEqualTo(401);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }
}
