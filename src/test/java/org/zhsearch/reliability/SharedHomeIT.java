package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;

/**
 * Real processes sharing one index home with a serving writer: a second server, a library opening the home in a
 * loop while large records are appended, a CLI rebuild followed at once by {@code kill -9} of the server. Nothing
 * acknowledged may be lost or undone.
 */
class SharedHomeIT {
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    Path home;
    Path corpus;

    @BeforeEach
    void corpusOfTwoHundredArticles() throws Exception {
        home = tmp.resolve("index");
        corpus = SoakCorpus.write(tmp.resolve("corpus"));
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
    }

    private ZhsearchProcess serve() throws Exception {
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

    @Test
    void aSecondServerOnTheSameHomeStopsAtOnceNamingTheFirst() throws Exception {
        try (ZhsearchProcess first = serve()) {
            int port = ZhsearchProcess.freePort();
            try (ZhsearchProcess second = ZhsearchProcess.start(
                    tmp, port, 0, "serve", "--index", home.toString(), "--port", Integer.toString(port))) {
                assertThat(second.waitForExit(START)).isEqualTo(1);
                assertThat(second.output())
                        .contains("pid " + first.process.pid())
                        .contains("writer");
            }
            assertThat(first.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aLibraryOpeningTheHomeInALoopNeverCutsARecordTheServerIsWriting() throws Exception {
        AcknowledgedWrites acks = new AcknowledgedWrites();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger opens = new AtomicInteger();
        try (ZhsearchProcess server = serve()) {
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        // ~280 000 characters (840 KB, under the 1 MB body limit): long enough to append that an
                        // opener sees the record unterminated
                        String big = ("第" + i + "版长文：" + "滨江湿地公园的芦苇荡里，白鹭与苍鹭结伴觅食。").repeat(10_000);
                        acks.put(
                                server,
                                "big/w" + writer + "-" + (i % 6) + ".txt",
                                "写入者" + writer + "第" + i + "版。",
                                big);
                    }
                }));
            }
            threads.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    try (ZhSearch library = ZhSearch.open(home)) {
                        library.search(SearchRequest.of("湿地"));
                        opens.incrementAndGet();
                    }
                }
            }));
            Thread.sleep(25_000);
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            assertThat(server.send("POST", "/api/admin/reindex", null).statusCode())
                    .isEqualTo(202);
            awaitReindex(server);
            acks.verify(server);
            server.kill9();
        }
        try (ZhsearchProcess restarted = serve()) {
            int checked = acks.verify(restarted);
            System.out.printf(
                    "library opens %d beside %s; %d ids checked after a rebuild and a restart%n",
                    opens.get(), acks.counts(), checked);
            assertThat(opens.get()).isGreaterThan(5);
            assertThat(acks.acknowledged()).isGreaterThan(5);
        }
    }

    @Test
    void killedRightAfterACliRebuildPublishedNothingAcknowledgedIsLostOrUndone() throws Exception {
        AcknowledgedWrites acks = new AcknowledgedWrites();
        for (int round = 0; round < 2; round++) {
            AtomicBoolean stop = new AtomicBoolean();
            try (ZhsearchProcess server = serve()) {
                List<Thread> writers = acks.startWriters(server, round, stop);
                Thread.sleep(1_000);
                int port = ZhsearchProcess.freePort();
                try (ZhsearchProcess index = ZhsearchProcess.start(
                        tmp, port, 0, "index", "--index", home.toString(), "--corpus", corpus.toString())) {
                    assertThat(index.waitForExit(START)).as(index.output()).isZero();
                }
                server.kill9(); // before it can switch to what the rebuild published
                stop.set(true);
                for (Thread t : writers) {
                    t.join();
                }
            }
            try (ZhsearchProcess restarted = serve()) {
                int checked = acks.verify(restarted);
                System.out.printf(
                        "round %d: %s; %d ids checked after kill -9 right after a CLI rebuild%n",
                        round, acks.counts(), checked);
            }
        }
        assertThat(acks.acknowledged()).isGreaterThan(20);
    }

    private static void awaitReindex(ZhsearchProcess server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String body = server.send("GET", "/api/admin/reindex", null).body();
            if (!body.contains("\"state\":\"running\"")) {
                assertThat(body).contains("\"state\":\"succeeded\"");
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("reindex did not finish");
    }
}
