package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.config.ZhsearchConfig;

/**
 * kill -9 of one of the three nodes under searches and writes: every acknowledged write is there afterwards,
 * searches keep answering with the right totals (one replica of every shard survives), the cluster reports yellow
 * while the node is down, and a rebuild (alias switch) under the same load serves no errors.
 */
class OpenSearchFailoverIT {
    @TempDir
    Path tmp;

    @Test
    void aKilledNodeLosesNoAcknowledgedWriteAndSearchesKeepTheirTotals() throws Exception {
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
                        "failover-" + System.nanoTime(),
                        ZhsearchConfig.OS_SHARDS,
                        "3"));
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        try (ZhSearch zh = ZhSearch.open(config)) {
            zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
            SearchRequest query = SearchRequest.of("人工智能").withMode(SearchMode.EXACT);
            long expected = zh.search(query).total();
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicLong searches = new AtomicLong();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String id = "api/w" + i + ".txt";
                    try {
                        zh.put(new Article(
                                id,
                                "写入" + i,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(new Paragraph(1, null, "故障期间写入的第" + i + "篇稀有文章"))));
                        acknowledged.add(id);
                    } catch (RuntimeException e) {
                        errors.add("put " + id + ": " + e.getMessage()); // not acknowledged: may or may not be there
                    }
                }
            });
            Thread searcher = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        long total = zh.search(query).total();
                        searches.incrementAndGet();
                        if (total != expected) {
                            errors.add("search total " + total + " instead of " + expected);
                        }
                    } catch (RuntimeException e) {
                        errors.add("search: " + e.getMessage());
                    }
                }
            });
            writer.start();
            searcher.start();
            Thread.sleep(3000);
            cluster.killNode(1);
            Thread.sleep(2000);
            String health = health(cluster.urls().getFirst());
            assertThat(health).contains("\"status\":\"yellow\"").contains("\"number_of_nodes\":2");
            assertThat(zh.isServing()).isTrue();
            Thread.sleep(3000);
            zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE); // alias switch under load
            Thread.sleep(1000);
            stop.set(true);
            writer.join();
            searcher.join();
            cluster.startNode(1);

            System.out.printf(
                    "failover: %d searches, %d acknowledged writes, %d errors%n",
                    searches.get(), acknowledged.size(), errors.size());
            assertThat(errors).as("errors while a node was down").isEmpty();
            assertThat(searches.get()).isGreaterThan(20);
            assertThat(acknowledged).hasSizeGreaterThan(5);
            for (String id : acknowledged) {
                assertThat(zh.article(id)).as(id).isPresent();
            }
            assertThat(zh.search(SearchRequest.of("故障期间写入").withLimit(1)).total())
                    .isEqualTo(acknowledged.size());
        }
    }

    private static String health(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
