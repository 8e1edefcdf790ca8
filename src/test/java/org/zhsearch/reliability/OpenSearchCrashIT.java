package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.engine.opensearch.OpenSearchCluster;

/**
 * The crash scenario of {@link SharedHomeIT} on the 3-node test cluster: a server process writing (puts and deletes
 * of corpus articles), {@code zhsearch index} rebuilding in a process of its own, and {@code kill -9} of the server
 * the moment the rebuild has switched the alias — then a restart. Nothing acknowledged may be lost or undone.
 */
class OpenSearchCrashIT {
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private final String alias = "crash-" + System.nanoTime();
    private final OpenSearchCluster cluster = OpenSearchCluster.shared();

    private Map<String, String> env() {
        return Map.of(
                ZhsearchConfig.envName(ZhsearchConfig.BACKEND),
                ZhsearchConfig.OPENSEARCH,
                ZhsearchConfig.envName(ZhsearchConfig.OS_URLS),
                String.join(",", cluster.urls()),
                ZhsearchConfig.envName(ZhsearchConfig.OS_INDEX),
                alias,
                ZhsearchConfig.envName(ZhsearchConfig.OS_TIMEOUT_MS),
                "10000");
    }

    @AfterEach
    void deleteTheIndexes() {
        cluster.request("DELETE", "/" + alias + "*", null);
    }

    private ZhsearchProcess run(Path corpus, String... args) throws Exception {
        return ZhsearchProcess.start(tmp, 0, 0, env(), args);
    }

    @Test
    void killedRightAfterARebuildInAnotherProcessSwitchedNothingAcknowledgedIsLostOrUndone() throws Exception {
        Path corpus = SoakCorpus.write(tmp.resolve("corpus"));
        try (ZhsearchProcess first = run(corpus, "index", "--corpus", corpus.toString())) {
            assertThat(first.waitForExit(START)).as(first.output()).isZero();
        }
        AcknowledgedWrites acks = new AcknowledgedWrites();
        for (int round = 0; round < 2; round++) {
            AtomicBoolean stop = new AtomicBoolean();
            int port = ZhsearchProcess.freePort();
            try (ZhsearchProcess server = ZhsearchProcess.start(
                    tmp, port, 0, env(), "serve", "--corpus", corpus.toString(), "--port", Integer.toString(port))) {
                server.awaitHealthy(START);
                List<Thread> writers = acks.startWriters(server, round, stop);
                Thread.sleep(1_000);
                try (ZhsearchProcess index = run(corpus, "index", "--corpus", corpus.toString())) {
                    assertThat(index.waitForExit(START)).as(index.output()).isZero();
                }
                server.kill9();
                stop.set(true);
                for (Thread t : writers) {
                    t.join();
                }
            }
            try (ZhsearchProcess restarted = ZhsearchProcess.start(
                    tmp, port, 0, env(), "serve", "--corpus", corpus.toString(), "--port", Integer.toString(port))) {
                restarted.awaitHealthy(START);
                int checked = acks.verify(restarted);
                System.out.printf(
                        "OpenSearch round %d: %s; %d ids checked after kill -9 right after a CLI rebuild%n",
                        round, acks.counts(), checked);
            }
        }
        assertThat(acks.acknowledged()).isGreaterThan(20);
    }
}
