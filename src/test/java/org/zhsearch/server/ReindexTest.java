package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhsearch.server.TestServer.TOKEN;
import static org.zhsearch.server.TestServer.bearer;
import static org.zhsearch.server.TestServer.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/admin/reindex}: a background rebuild that searches never notice, one at a time. */
class ReindexTest {
    /** Extra articles so that a rebuild takes long enough to overlap with searches and a second request. */
    private static final int BULK_ARTICLES = 400;

    @TempDir
    Path dir;

    private static void writeBulk(Path corpus) throws IOException {
        for (int i = 0; i < BULK_ARTICLES; i++) {
            TestCorpus.write(corpus, "bulk/" + (i / 100) + "/a" + i + ".txt", """
                    发布时间:2022-05-%02d 08:00:00 来源: bulk
                    第%d号简报
                    城市绿道串起公园和社区，居民出门就能健身散步，周末还能骑行赏景。
                    老旧小区改造加装电梯，解决了老年人上下楼难的问题，群众拍手称好。
                    社区食堂提供实惠可口的饭菜，方便了独居老人和上班族。
                    """.formatted(i % 28 + 1, i));
        }
    }

    private static JsonNode status(TestServer server) {
        HttpResponse<String> r = server.get("/api/admin/reindex", "Authorization", bearer(TOKEN));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return server.json(r);
    }

    private static JsonNode awaitFinished(TestServer server) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        JsonNode s = status(server);
        while (s.get("state").asText().equals("running") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            s = status(server);
        }
        return s;
    }

    @Test
    void searchesDuringAReindexGetOnly200sAndNeverAnEmptyResult() throws Exception {
        try (TestServer server = TestServer.start(dir, TOKEN)) {
            writeBulk(server.corpus);
            TestCorpus.write(server.corpus, "news/2024/12/01/jiguang.txt", """
                    发布时间:2024-12-01 21:00:00 来源: sp20241201
                    漠河夜空出现绚丽极光，吸引了众多摄影爱好者前来极光观测。
                    """);
            assertThat(server.json(server.get(search("极光观测"))).get("total").asLong())
                    .isZero();
            assertThat(status(server).get("state").asText()).isEqualTo("idle");

            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> totals = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            Thread client = new Thread(
                    () -> {
                        long deadline = System.nanoTime() + 180_000_000_000L;
                        while (!stop.get() && System.nanoTime() < deadline) {
                            HttpResponse<String> r = server.get(search("人工智能"));
                            if (r.statusCode() != 200) {
                                failures.add(r.statusCode() + " " + r.body());
                            } else {
                                totals.add(server.json(r).get("total").asLong());
                            }
                        }
                    },
                    "searching-client");
            client.start();

            HttpResponse<String> started =
                    server.send("POST", "/api/admin/reindex", null, "Authorization", bearer(TOKEN));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            assertThat(server.json(started).get("state").asText()).isEqualTo("running");

            HttpResponse<String> second =
                    server.send("POST", "/api/admin/reindex", null, "Authorization", bearer(TOKEN));
            assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
            assertThat(server.json(second).get("error").asText()).isEqualTo("reindex_running");

            JsonNode done = awaitFinished(server);
            int searchesDuring = totals.size();
            Thread.sleep(300);
            stop.set(true);
            client.join();

            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("succeeded");
            assertThat(done.get("articles").asLong()).isEqualTo(BULK_ARTICLES + 5);
            assertThat(done.get("filesDone").asLong())
                    .isEqualTo(done.get("filesTotal").asLong())
                    .isEqualTo(BULK_ARTICLES + 5);
            assertThat(done.get("finishedAt").isNull()).isFalse();
            assertThat(done.get("error").isNull()).isTrue();

            assertThat(failures).isEmpty();
            assertThat(searchesDuring).as("searches while the reindex ran").isPositive();
            assertThat(totals).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo(4L));

            assertThat(server.json(server.get(search("极光观测"))).get("total").asLong())
                    .isEqualTo(1);
            assertThat(server.json(server.get("/api/stats")).get("articles").asLong())
                    .isEqualTo(BULK_ARTICLES + 5);
        }
    }

    @Test
    void aFailedReindexReportsWhyAndKeepsTheOldIndex() throws Exception {
        try (TestServer base = TestServer.start(dir, TOKEN);
                ZhsearchServer missing = new ZhsearchServer(
                        base.zh,
                        new ServerSettings(
                                "127.0.0.1",
                                0,
                                TOKEN,
                                TestServer.MAX_BODY,
                                List.of(),
                                dir.resolve("no-such-corpus"),
                                base.home))) {
            missing.start();
            TestServer view = base.withPort(missing.port());
            assertThat(view.send("POST", "/api/admin/reindex", null, "Authorization", bearer(TOKEN))
                            .statusCode())
                    .isEqualTo(202);
            JsonNode done = awaitFinished(view);
            assertThat(done.get("state").asText()).isEqualTo("failed");
            assertThat(done.get("error").asText()).contains("no-such-corpus");
            assertThat(view.json(view.get(search("人工智能"))).get("total").asLong())
                    .isEqualTo(4);
        }
    }

    @Test
    void aReindexFromAnEmptiedCorpusIsRefusedUnlessForced() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("emptied-corpus"));
        try (TestServer base = TestServer.start(dir, TOKEN);
                ZhsearchServer emptied = new ZhsearchServer(
                        base.zh,
                        new ServerSettings("127.0.0.1", 0, TOKEN, TestServer.MAX_BODY, List.of(), empty, base.home))) {
            emptied.start();
            TestServer view = base.withPort(emptied.port());
            long articles = view.json(view.get("/api/stats")).get("articles").asLong();
            assertThat(articles).isPositive();

            assertThat(view.send("POST", "/api/admin/reindex", null, "Authorization", bearer(TOKEN))
                            .statusCode())
                    .isEqualTo(202);
            JsonNode refused = awaitFinished(view);
            assertThat(refused.get("state").asText()).isEqualTo("failed");
            assertThat(refused.get("error").asText())
                    .contains("would have 0 articles")
                    .contains("force");
            assertThat(view.json(view.get("/api/stats")).get("articles").asLong())
                    .isEqualTo(articles);
            assertThat(view.json(view.get(search("人工智能"))).get("total").asLong())
                    .isEqualTo(4);

            assertThat(view.send("POST", "/api/admin/reindex?force=maybe", null, "Authorization", bearer(TOKEN))
                            .statusCode())
                    .isEqualTo(400);
            assertThat(view.send("POST", "/api/admin/reindex?force=true", null, "Authorization", bearer(TOKEN))
                            .statusCode())
                    .isEqualTo(202);
            assertThat(awaitFinished(view).get("state").asText()).isEqualTo("succeeded");
            assertThat(view.json(view.get("/api/stats")).get("articles").asLong())
                    .isZero();
        }
    }

    @Test
    void withoutACorpusReindexIsUnavailable() throws Exception {
        try (TestServer base = TestServer.start(dir, TOKEN);
                ZhsearchServer noCorpus = new ZhsearchServer(
                        base.zh,
                        new ServerSettings("127.0.0.1", 0, TOKEN, TestServer.MAX_BODY, List.of(), null, base.home))) {
            noCorpus.start();
            TestServer view = base.withPort(noCorpus.port());
            HttpResponse<String> r = view.send("POST", "/api/admin/reindex", null, "Authorization", bearer(TOKEN));
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(view.json(r).get("error").asText()).isEqualTo("reindex_unavailable");
        }
    }

    @Test
    void reindexNeedsTheToken() throws Exception {
        try (TestServer server = TestServer.start(dir, TOKEN)) {
            assertThat(server.send("POST", "/api/admin/reindex", null).statusCode())
                    .isEqualTo(401);
            assertThat(server.send("POST", "/api/admin/reindex", null, "Authorization", bearer("nope"))
                            .statusCode())
                    .isEqualTo(401);
            assertThat(server.get("/api/admin/reindex").statusCode()).isEqualTo(401);
            assertThat(status(server).get("state").asText()).isEqualTo("idle");
        }
    }

    @Test
    void aReindexAskedForWhileAnotherProcessBuildsIsRefusedAt409WithoutStarting() throws Exception {
        try (TestServer server = TestServer.start(dir, TOKEN);
                var cliBuild = new org.zhsearch.index.IndexHome(server.home).lockForBuild()) {
            HttpResponse<String> r = server.send("POST", "/api/admin/reindex", null, "Authorization", bearer(TOKEN));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
            assertThat(server.json(r).get("error").asText()).isEqualTo("build_in_progress");
            assertThat(status(server).get("state").asText()).isEqualTo("idle");
        }
    }
}
