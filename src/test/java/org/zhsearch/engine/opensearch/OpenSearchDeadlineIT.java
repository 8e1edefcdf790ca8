package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.ZhsearchConfig;

/**
 * Two of the three nodes killed with {@code kill -9}: the cluster has lost its cluster manager, so requests that
 * need one wait for it. Every zhsearch operation answers within its deadline ({@code opensearch.timeoutMs}; a write
 * may take a second one to cut its record back out) — served, or refused as {@code unavailable} with a message that
 * says what timed out and why.
 */
class OpenSearchDeadlineIT {
    private static final int TIMEOUT_MS = 3000;
    /** Scheduling on two shared cores. */
    private static final int SLACK_MS = 1500;

    @TempDir
    Path tmp;

    @Test
    void withTwoOfThreeNodesKilledEveryOperationAnswersWithinItsDeadline() throws Exception {
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
                        "deadline-" + System.nanoTime(),
                        ZhsearchConfig.OS_TIMEOUT_MS,
                        Integer.toString(TIMEOUT_MS)));
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<String> late = new ArrayList<>();
        try (ZhSearch zh = ZhSearch.open(config)) {
            zh.rebuild(TestCorpus.write(tmp.resolve("corpus")), IndexOptions.defaults(), ProgressListener.NONE);
            // no replicas to recover when the nodes come back: on the loaded CI machine a replica of this test's
            // writes store twice stayed INITIALIZING for the whole 240 s the shared cluster is given to turn green
            // again, failing the run after every assertion here had passed. Deadlines are what is tested; with two
            // of three nodes down there is no cluster manager, replicas or not.
            cluster.request(
                    "PUT",
                    "/" + config.opensearch().index() + "-*/_settings",
                    "{\"index\":{\"number_of_replicas\":0}}");
            cluster.killNode(1);
            cluster.killNode(2);
            try {
                Article article = new Article(
                        "api/deadline.txt",
                        "期限",
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(new Paragraph(1, null, "两个节点停机时的写入。")));
                for (int round = 0; round < 2; round++) {
                    time(
                            "health",
                            TIMEOUT_MS,
                            () -> zh.writeFailure() + " / serving " + zh.isServing(),
                            outcomes,
                            late);
                    time(
                            "search",
                            TIMEOUT_MS,
                            () -> "total " + zh.search(SearchRequest.of("人工智能")).total(),
                            outcomes,
                            late);
                    time(
                            "article",
                            TIMEOUT_MS,
                            () -> "present " + zh.article("news/keji.txt").isPresent(),
                            outcomes,
                            late);
                    time("stats", TIMEOUT_MS, () -> "articles " + zh.stats().articles(), outcomes, late);
                    time("put", 2 * TIMEOUT_MS, () -> "created " + zh.put(article), outcomes, late);
                    time("delete", 2 * TIMEOUT_MS, () -> "deleted " + zh.delete("news/xiangcun.txt"), outcomes, late);
                }
            } finally {
                outcomes.forEach((op, outcome) -> System.out.println("two nodes down: " + op + ": " + outcome));
                cluster.startAllNodes();
            }
            assertThat(late).as("answered after the deadline").isEmpty();
            assertThat(outcomes.values())
                    .as("writes cannot be acknowledged without a cluster manager")
                    .anyMatch(o -> o.contains("unavailable") && o.contains("within " + TIMEOUT_MS + " ms"));
            // the cluster is green again; the first calls may still meet connections to the restarted nodes that
            // time out (one deadline each), so "serving again" is asked for a while, not once
            long until = System.nanoTime() + 30_000_000_000L;
            boolean serving = zh.isServing();
            while (!serving && System.nanoTime() < until) {
                Thread.sleep(500);
                serving = zh.isServing();
            }
            assertThat(serving).as("within 30 s after the nodes are back").isTrue();
        } finally {
            cluster.request("DELETE", "/" + config.opensearch().index() + "-*", null);
        }
    }

    private static void time(
            String op, int deadlineMs, Supplier<String> call, Map<String, String> outcomes, List<String> late) {
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = call.get();
        } catch (ZhsearchException e) {
            assertThat(e.errorCode()).as(e.getMessage()).isIn(ErrorCode.UNAVAILABLE, ErrorCode.INDEX_UNWRITABLE);
            outcome = e.code() + ": " + e.getMessage();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String key = op + (outcomes.containsKey(op) ? " (again)" : "");
        outcomes.put(key, ms + " ms, " + outcome);
        if (ms > deadlineMs + SLACK_MS) {
            late.add(key + " took " + ms + " ms");
        }
    }
}
