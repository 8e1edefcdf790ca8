package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

/** Concurrent PUTs of one id: exactly one is reported as created, however they interleave. */
class ConcurrentPutsTest {
    @TempDir
    Path tmp;

    @Test
    void exactlyOneOfManyConcurrentPutsOfANewIdCreatesIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            for (int round = 0; round < 5; round++) {
                String id = "race/" + round + ".txt";
                List<Future<Boolean>> puts = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    int n = i;
                    puts.add(pool.submit(() -> zh.put(new Article(
                            id,
                            "并发",
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            List.of(new Paragraph(1, null, "第" + n + "次并发写入。"))))));
                }
                int created = 0;
                for (Future<Boolean> f : puts) {
                    created += f.get() ? 1 : 0;
                }
                assertThat(created).as(id).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
