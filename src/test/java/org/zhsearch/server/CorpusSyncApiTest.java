package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhsearch.server.TestServer.TOKEN;
import static org.zhsearch.server.TestServer.bearer;
import static org.zhsearch.server.TestServer.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeping the index in sync with the corpus through the server: {@code POST /api/admin/reindex?mode=update},
 * {@code corpus.watch} (a new file searchable within 5 s, a removed one gone), and the warning when the index was
 * built from another folder than the server's.
 */
class CorpusSyncApiTest {
    @TempDir
    Path dir;

    private static JsonNode awaitFinished(TestServer server) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonNode s = server.json(server.get("/api/admin/reindex", "Authorization", bearer(TOKEN)));
            if (!s.get("state").asText().equals("running") || System.nanoTime() > deadline) {
                return s;
            }
            Thread.sleep(50);
        }
    }

    private static long total(TestServer server, String q) {
        return server.json(server.get(search(q, "group=article"))).get("total").asLong();
    }

    @Test
    void modeUpdateReadsOnlyTheNewFileAndABadModeIsA400() throws Exception {
        try (TestServer server = TestServer.start(dir, TOKEN)) {
            long files = Files.walk(server.corpus).filter(Files::isRegularFile).count();
            TestCorpus.write(server.corpus, "news/new/dengta.txt", "海边灯塔\n渔港的灯塔重新点亮，为夜航的渔船指路。\n");
            assertThat(total(server, "灯塔")).isZero();

            HttpResponse<String> started =
                    server.send("POST", "/api/admin/reindex?mode=update", null, "Authorization", bearer(TOKEN));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            assertThat(server.json(started).get("mode").asText()).isEqualTo("update");
            JsonNode done = awaitFinished(server);

            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("succeeded");
            JsonNode sync = done.get("sync");
            assertThat(sync.get("fullRebuild").asBoolean()).isFalse();
            assertThat(sync.get("filesAdded").asInt()).isEqualTo(1);
            assertThat(sync.get("filesUnchanged").asLong()).isEqualTo(files);
            assertThat(sync.get("articlesWritten").asInt()).isEqualTo(1);
            assertThat(total(server, "灯塔")).isEqualTo(1);

            HttpResponse<String> bad =
                    server.send("POST", "/api/admin/reindex?mode=partial", null, "Authorization", bearer(TOKEN));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(server.json(bad).get("error").asText()).isEqualTo("invalid_parameter");
            assertThat(server.json(bad).get("message").asText()).contains("full or update");
        }
    }

    @Test
    void aWatchedCorpusMakesANewFileSearchableWithinFiveSecondsAndARemovedOneGone() throws Exception {
        try (TestServer server = TestServer.start(dir, TOKEN)) {
            server.server.watchCorpus();
            Files.createDirectories(server.corpus.resolve("later"));
            long start = System.nanoTime();
            TestCorpus.write(server.corpus, "later/qiaoliang.txt", "新桥通车\n跨江大桥今天通车，两岸居民往来更方便。\n");
            long foundAfterMs = awaitTotal(server, "跨江大桥", 1, start);
            assertThat(foundAfterMs).as("a new file is searchable within 5 s").isLessThan(5_000);

            start = System.nanoTime();
            Files.delete(server.corpus.resolve("later/qiaoliang.txt"));
            long goneAfterMs = awaitTotal(server, "跨江大桥", 0, start);
            assertThat(goneAfterMs)
                    .as("a removed file's article is gone within 5 s")
                    .isLessThan(5_000);
            System.out.printf(
                    "corpus.watch: new file found after %d ms, removed one gone after %d ms%n",
                    foundAfterMs, goneAfterMs);
        }
    }

    /** Ms until {@code q} has {@code expected} hits (or 10 s). */
    private static long awaitTotal(TestServer server, String q, long expected, long start) throws InterruptedException {
        while (total(server, q) != expected && System.nanoTime() - start < 10_000_000_000L) {
            Thread.sleep(25);
        }
        assertThat(total(server, q)).as(q).isEqualTo(expected);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void anIndexBuiltFromAnotherFolderIsShownInStatsAndWarned() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other-corpus"));
        try (TestServer server = TestServer.start(dir.resolve("a"), TOKEN)) {
            JsonNode stats = server.json(server.get("/api/stats"));
            assertThat(stats.get("corpus").asText())
                    .isEqualTo(server.corpus.toRealPath().toString());
            assertThat(stats.get("corpusMismatch").asBoolean()).isFalse();
            assertThat(server.server.warnIfOtherCorpus()).isFalse();
        }
        try (TestServer server = TestServer.start(
                dir.resolve("b"),
                TOKEN,
                List.of(),
                s -> new ServerSettings(
                        s.bind(),
                        s.port(),
                        s.adminToken(),
                        s.maxBodyBytes(),
                        s.corsOrigins(),
                        other,
                        s.indexHome(),
                        s.minLiveFraction(),
                        s.auth()))) {
            JsonNode stats = server.json(server.get("/api/stats"));
            assertThat(stats.get("corpus").asText())
                    .isEqualTo(server.corpus.toRealPath().toString());
            assertThat(stats.get("corpusMismatch").asBoolean()).isTrue();
            assertThat(server.server.warnIfOtherCorpus()).isTrue();
            assertThat(CorpusCheck.warning(other, stats.get("corpus").asText()))
                    .contains(
                            other.toRealPath().toString(),
                            server.corpus.toRealPath().toString())
                    .contains("zhsearch index --corpus " + other.toRealPath())
                    .contains("mode=update");
        }
    }
}
