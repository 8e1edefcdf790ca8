package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.ZhsearchException;

/**
 * A batch write on a full disk (a real 3 MB tmpfs): refused as a whole with {@code index_unwritable}, none of its
 * articles searchable — not even the small ones that would have fitted — and none brought back by a rebuild once
 * there is space again; the next batch is written.
 */
class BulkWriteFailuresTest {
    @TempDir
    Path tmp;

    private static Article article(String id, String text) {
        return ZhSearch.articleFromJson(id, "{\"paragraphs\": [\"" + text + "\"]}");
    }

    private static long total(ZhSearch zh, String q) {
        return zh.search(SearchRequest.of(q).withMode(SearchMode.EXACT)).total();
    }

    @Test
    void aBatchOnAFullDiskIsRefusedWholeAndNeverComesBack() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small"));
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()) == 0,
                "needs root and mount(2) for a real small file system");
        try {
            Path corpus = Files.createDirectories(tmp.resolve("corpus"));
            Files.writeString(corpus.resolve("base.txt"), "基础文章\n语料里本来就有的正文。\n");
            Path home = mount.resolve("index");
            ZhSearch.build(corpus, home, IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
            try (ZhSearch zh = ZhSearch.open(home)) {
                zh.putAll(List.of(article("api/before.json", "磁盘写满之前批量写入的稀有词丙。")));
                Path filler = mount.resolve("filler");
                fill(filler);

                List<Article> batch = List.of(
                        article("api/small.json", "磁盘已满时同批的小文章稀有词己。"),
                        article("api/big.json", "磁盘已满时批量写入的稀有词丁。".repeat(20_000)));
                assertThatThrownBy(() -> zh.putAll(batch))
                        .isInstanceOfSatisfying(
                                ZhsearchException.class,
                                e -> assertThat(e.code()).isEqualTo("index_unwritable"));
                assertThat(zh.writeFailure()).isNotNull();
                assertThat(total(zh, "稀有词丙")).isEqualTo(1);
                assertThat(total(zh, "稀有词己")).as("nothing of a refused batch").isZero();
                assertThat(total(zh, "稀有词丁")).isZero();

                Files.delete(filler);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (zh.writeFailure() != null && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(zh.writeFailure()).isNull();
                assertThat(zh.putAll(List.of(article("api/after.json", "腾出空间以后批量写入的稀有词戊。"))))
                        .extracting(PutResult::status)
                        .containsExactly(PutResult.Status.CREATED);

                ZhSearch.build(corpus, home, IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
                zh.refresh();
                assertThat(total(zh, "稀有词丙")).isEqualTo(1);
                assertThat(total(zh, "稀有词戊")).isEqualTo(1);
                assertThat(total(zh, "稀有词己"))
                        .as("a refused batch never comes back")
                        .isZero();
                assertThat(total(zh, "稀有词丁")).isZero();
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    /** Writes zeros until the file system is full. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).containsIgnoringCase("space");
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
