package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.config.ZhsearchConfig;

/**
 * Two zhsearch instances on one alias, as a server and a {@code zhsearch index} in another process would be (no
 * lock is shared between them): one puts, replaces and deletes articles continuously while the other rebuilds
 * four times. Every acknowledged write is there afterwards, as acknowledged: none lost, none undone.
 */
class OpenSearchConcurrentRebuildIT {
    @TempDir
    Path tmp;

    @Test
    void rebuildsByAnotherInstanceLoseNoAcknowledgedWrite() throws Exception {
        OpenSearchCluster cluster = OpenSearchCluster.shared();
        ZhsearchConfig config = ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        String.join(",", cluster.urls()),
                        ZhsearchConfig.OS_INDEX,
                        "concurrent-" + System.nanoTime(),
                        ZhsearchConfig.OS_SHARDS,
                        "2"));
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        // id -> the text of its last acknowledged put, or "" after an acknowledged delete
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        try (ZhSearch server = ZhSearch.open(config);
                ZhSearch indexer = ZhSearch.open(config)) {
            server.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String id = i % 7 == 3 ? "news/keji.txt" : "api/c" + (i % 40) + ".txt";
                    boolean delete = i % 5 == 4;
                    String text = "并发重建期间第" + i + "次写入的文章。";
                    try {
                        if (delete) {
                            server.delete(id);
                            acknowledged.put(id, "");
                            writes.incrementAndGet();
                        } else {
                            server.put(new Article(
                                    id,
                                    "并发" + i,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    List.of(new Paragraph(1, null, text), new Paragraph(2, null, "第二段" + i))));
                            acknowledged.put(id, text);
                            writes.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.add(id + ": " + e.getMessage());
                        acknowledged.remove(id); // not acknowledged: either outcome is allowed
                    }
                }
            });
            writer.start();
            for (int round = 0; round < 4; round++) {
                Thread.sleep(700);
                indexer.rebuild(corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
            }
            Thread.sleep(500);
            stop.set(true);
            writer.join();

            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                Optional<Article> found = indexer.article(e.getKey());
                String text = found.map(a -> a.paragraphs().getFirst().text()).orElse("");
                if (!text.equals(e.getValue())) {
                    lost.add(e.getKey() + " is \"" + text + "\", acknowledged \"" + e.getValue() + "\"");
                }
            }
            System.out.printf(
                    "concurrent rebuild: %d acknowledged writes, %d articles checked, %d failed writes,"
                            + " %d lost or undone%n",
                    writes.get(), acknowledged.size(), failures.size(), lost.size());
            assertThat(failures).as("writes during rebuilds").isEmpty();
            assertThat(acknowledged).hasSizeGreaterThan(20);
            assertThat(lost).as("acknowledged writes lost or undone").isEmpty();
        } finally {
            cluster.request("DELETE", "/" + config.opensearch().index() + "-*", null);
        }
    }
}
