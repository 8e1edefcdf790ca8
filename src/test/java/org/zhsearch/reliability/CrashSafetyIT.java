package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;

/**
 * Crash safety with real processes: {@code kill -9} during an HTTP reindex and right after an acknowledged PUT,
 * and a rebuild that runs out of disk. The previous complete index must serve, acknowledged writes must be there.
 * ({@code kill -9} during the {@code index} command is covered by the CLI's end-to-end test.)
 */
class CrashSafetyIT {
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    Path home;
    Path smallCorpus;
    Path bigCorpus;

    @BeforeEach
    void indexTheSmallCorpus() throws Exception {
        home = tmp.resolve("index");
        smallCorpus = TestCorpus.write(tmp.resolve("small"));
        ZhSearch.build(smallCorpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        bigCorpus = tmp.resolve("big");
        for (int d = 0; d < 40; d++) {
            Path dir = Files.createDirectories(bigCorpus.resolve("d" + d));
            for (int f = 0; f < 50; f++) {
                StringBuilder text = new StringBuilder("发布时间:2024-01-01 08:00:00 来源: big\n");
                for (int p = 0; p < 20; p++) {
                    text.append("第")
                            .append(d)
                            .append("组第")
                            .append(f)
                            .append("篇第")
                            .append(p)
                            .append("段：城市更新行动持续推进，老旧小区改造惠及千家万户，居民生活更加便利。\n");
                }
                Files.writeString(dir.resolve("a" + f + ".txt"), text);
            }
        }
    }

    private ZhsearchProcess serve(Path corpus) throws Exception {
        int port = ZhsearchProcess.freePort();
        ZhsearchProcess p = ZhsearchProcess.start(
                tmp,
                port,
                0,
                "serve",
                "--index",
                home.toString(),
                "--corpus",
                corpus.toString(),
                "--port",
                Integer.toString(port));
        p.awaitHealthy(START);
        return p;
    }

    private long total(ZhsearchProcess p, String q) throws Exception {
        var r = p.get("/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.body())
                .get("total")
                .asLong();
    }

    @Test
    void killedDuringAnHttpReindexTheNextStartServesThePreviousIndex() throws Exception {
        String current = Files.readString(home.resolve("CURRENT"));
        try (ZhsearchProcess p = serve(bigCorpus)) {
            assertThat(total(p, "大模型")).isEqualTo(1);
            assertThat(p.send("POST", "/api/admin/reindex", null).statusCode()).isEqualTo(202);
            Thread.sleep(1500); // well into the 40 000-paragraph build
            assertThat(p.send("GET", "/api/admin/reindex", null).body()).contains("\"state\":\"running\"");
            p.kill9();
        }
        assertThat(Files.readString(home.resolve("CURRENT"))).isEqualTo(current);
        try (ZhsearchProcess p = serve(bigCorpus)) {
            assertThat(total(p, "大模型")).isEqualTo(1);
            assertThat(total(p, "老旧小区")).isZero();
        }
    }

    @Test
    void killedRightAfterAnAcknowledgedPutTheArticleIsThereAfterRestart() throws Exception {
        try (ZhsearchProcess p = serve(smallCorpus)) {
            var put = p.send(
                    "PUT",
                    "/api/articles/api%2Fkilled.txt",
                    "发布时间:2024-11-25 04:43:40 来源: crash\n断电之前确认写入的稿件提到了白鹤滩水电站。\n");
            assertThat(put.statusCode()).as(put.body()).isBetween(200, 299);
            p.kill9();
        }
        try (ZhsearchProcess p = serve(smallCorpus)) {
            assertThat(p.get("/api/articles/api%2Fkilled.txt").statusCode()).isEqualTo(200);
            assertThat(total(p, "白鹤滩水电站")).isEqualTo(1);
        }
    }

    @Test
    void aRebuildThatRunsOutOfDiskFailsClearlyAndKeepsThePreviousIndex() throws Exception {
        String current = Files.readString(home.resolve("CURRENT"));
        // ulimit -f makes writes past 512 KB in any one file fail with EFBIG, as a full disk would fail them
        // (the index of the big corpus has files of several MB)
        ZhsearchProcess p = ZhsearchProcess.start(
                tmp, 0, 512, "index", "--corpus", bigCorpus.toString(), "--index", home.toString());
        int exit = p.waitForExit(Duration.ofMinutes(3));
        assertThat(exit).as(p.output()).isEqualTo(1);
        assertThat(p.output()).containsIgnoringCase("previous index stays live").doesNotContain("\tat ");
        assertThat(Files.readString(home.resolve("CURRENT"))).isEqualTo(current);
        try (ZhSearch zh = ZhSearch.open(home)) {
            assertThat(zh.search(SearchRequest.of("大模型")).total()).isEqualTo(1);
        }
        try (var gens = Files.list(home)) {
            assertThat(gens.filter(g -> g.getFileName().toString().startsWith("gen-"))
                            .count())
                    .as("the half-built generation is removed")
                    .isEqualTo(1);
        }
    }

    @Test
    void anIndexLocationThatCannotBeCreatedIsAClearError() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
        ZhsearchProcess p = ZhsearchProcess.start(
                tmp,
                0,
                0,
                "index",
                "--corpus",
                smallCorpus.toString(),
                "--index",
                file.resolve("index").toString());
        int exit = p.waitForExit(Duration.ofMinutes(1));
        assertThat(exit).as(p.output()).isEqualTo(1);
        assertThat(p.output()).contains("not-a-directory").doesNotContain("\tat ");
    }
}
