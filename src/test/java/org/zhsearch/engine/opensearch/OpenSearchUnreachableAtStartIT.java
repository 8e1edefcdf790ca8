package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.ZhsearchConfig;

/**
 * zhsearch started while its cluster does not answer (nothing listens on the configured port): it opens anyway,
 * reports itself not serving, refuses searches as {@code unavailable}, and once the port forwards to the test
 * cluster it connects on its own and serves — what {@code zhsearch serve} relies on to keep running.
 */
class OpenSearchUnreachableAtStartIT {
    @TempDir
    Path tmp;

    @Test
    void anEngineOpenedBeforeItsClusterAnswersConnectsWhenItDoes() throws Exception {
        OpenSearchCluster cluster = OpenSearchCluster.shared();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String alias = "late-" + System.nanoTime();
        ZhsearchConfig config = ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        "http://127.0.0.1:" + port,
                        ZhsearchConfig.OS_INDEX,
                        alias,
                        ZhsearchConfig.OS_TIMEOUT_MS,
                        "2000"));
        try (ZhSearch zh = ZhSearch.open(config)) {
            assertThat(zh.isServing()).isFalse();
            assertThat(zh.writeFailure()).contains("did not answer");
            assertThatThrownBy(() -> zh.search(SearchRequest.of("人工智能")))
                    .isInstanceOfSatisfying(
                            ZhsearchException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE));

            URI target = URI.create(cluster.urls().getFirst());
            try (ServerSocket forwarder = new ServerSocket(port)) {
                Thread.ofPlatform().daemon().start(() -> forward(forwarder, target));
                long until = System.nanoTime() + 30_000_000_000L;
                while (!zh.isServing() && System.nanoTime() < until) {
                    Thread.sleep(500);
                }
                assertThat(zh.isServing())
                        .as("connected on its own within 30 s")
                        .isTrue();
                zh.rebuild(TestCorpus.write(tmp.resolve("corpus")), IndexOptions.defaults(), ProgressListener.NONE);
                assertThat(zh.search(SearchRequest.of("人工智能")).total()).isPositive();
                assertThat(zh.writeFailure()).isNull();
            }
        } finally {
            cluster.request("DELETE", "/" + alias + "-*", null);
        }
    }

    /** Forwards every connection to {@code forwarder} to the node at {@code target}, until it is closed. */
    private static void forward(ServerSocket forwarder, URI target) {
        while (!forwarder.isClosed()) {
            try {
                Socket client = forwarder.accept();
                Socket node = new Socket(target.getHost(), target.getPort());
                Thread.ofPlatform().daemon().start(() -> pump(client, node));
                Thread.ofPlatform().daemon().start(() -> pump(node, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (from;
                to) {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        }
    }
}
