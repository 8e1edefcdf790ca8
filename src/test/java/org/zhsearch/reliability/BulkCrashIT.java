package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;

/**
 * {@code kill -9} of a real server while two clients send {@code POST /api/articles/_bulk} requests of 50 articles
 * each, three paragraphs an article, every paragraph marked with its request: after a restart every acknowledged
 * line holds its last acknowledged version, and an article of an unanswered request shows one version whole (all
 * three paragraphs of one request, the acknowledged one or the one in flight), never a mixture or a part.
 */
class BulkCrashIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 2;
    private static final int IDS_PER_WRITER = 120;
    private static final int BATCH = 50;

    @TempDir
    Path tmp;

    /** Per id: the marker of its last acknowledged write. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Per id: markers sent since its last acknowledged write (the request got no answer). */
    private final Map<String, Set<String>> inFlight = new ConcurrentHashMap<>();

    private final AtomicInteger acknowledgedRequests = new AtomicInteger();

    @Test
    void everyAcknowledgedLineIsThereAfterKill9AndNoArticleIsVisibleInPart() throws Exception {
        Path home = tmp.resolve("index");
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        for (int round = 0; round < 2; round++) {
            try (ZhsearchProcess p = serve(home, corpus)) {
                if (round > 0) {
                    verify(p);
                }
                int before = acknowledgedRequests.get();
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    int r = round;
                    writers.add(Thread.ofPlatform().start(() -> write(p, r, writer, stop)));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (acknowledgedRequests.get() < before + 6 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(150 + round * 170L); // into the middle of the next requests
                p.kill9();
                stop.set(true);
                for (Thread t : writers) {
                    t.join();
                }
                assertThat(acknowledgedRequests.get()).as(p.output()).isGreaterThanOrEqualTo(before + 6);
            }
        }
        try (ZhsearchProcess p = serve(home, corpus)) {
            int checked = verify(p);
            assertThat(checked).isGreaterThanOrEqualTo(BATCH);
        }
    }

    private static ZhsearchProcess serve(Path home, Path corpus) throws Exception {
        int port = ZhsearchProcess.freePort();
        ZhsearchProcess p = ZhsearchProcess.start(
                home.getParent(),
                port,
                0,
                "serve",
                "--index",
                home.toString(),
                "--corpus",
                corpus.toString(),
                "--port",
                Integer.toString(port));
        p.awaitHealthy(Duration.ofSeconds(60));
        return p;
    }

    /** One writer's loop: batches over its own ids, so its requests of one id are in order. */
    private void write(ZhsearchProcess p, int round, int writer, AtomicBoolean stop) {
        for (int request = 0; !stop.get(); request++) {
            String marker = "第" + round + "轮写入者" + writer + "第" + request + "批";
            StringBuilder body = new StringBuilder();
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < BATCH; k++) {
                String id = "bulk/w" + writer + "-" + ((request * BATCH + k) % IDS_PER_WRITER) + ".json";
                ids.add(id);
                inFlight.computeIfAbsent(id, x -> ConcurrentHashMap.newKeySet()).add(marker);
                body.append("{\"id\": \"").append(id).append("\", \"paragraphs\": [");
                for (int n = 1; n <= 3; n++) {
                    body.append(n > 1 ? ", " : "")
                            .append("\"")
                            .append(marker)
                            .append("：崩溃测试第")
                            .append(n)
                            .append("段，批量写入的正文。\"");
                }
                body.append("]}\n");
            }
            try {
                HttpResponse<String> r = HTTP.send(
                        HttpRequest.newBuilder(URI.create(p.base() + "/api/articles/_bulk"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + ZhsearchProcess.TOKEN)
                                .header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new AssertionError("bulk answered " + r.statusCode() + ": " + r.body());
                }
                JsonNode items = JSON.readTree(r.body()).get("items");
                for (int k = 0; k < BATCH; k++) {
                    assertThat(items.get(k).get("status").asText()).isIn("created", "replaced");
                    acknowledged.put(ids.get(k), marker);
                    inFlight.remove(ids.get(k));
                }
                acknowledgedRequests.incrementAndGet();
            } catch (java.io.IOException killed) {
                return; // no answer: these ids stay in flight
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Checks every id ever sent; returns how many acknowledged ids were checked. */
    private int verify(ZhsearchProcess p) throws Exception {
        int checked = 0;
        Set<String> ids = new HashSet<>(acknowledged.keySet());
        ids.addAll(inFlight.keySet());
        for (String id : ids) {
            HttpResponse<String> r = p.get("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            Set<String> possible = new HashSet<>(inFlight.getOrDefault(id, Set.of()));
            String acked = acknowledged.get(id);
            if (r.statusCode() == 404) {
                assertThat(acked)
                        .as("acknowledged %s is missing after kill -9", id)
                        .isNull();
                continue;
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode paragraphs = JSON.readTree(r.body()).get("paragraphs");
            assertThat(paragraphs).as("%s whole", id).hasSize(3);
            Set<String> markers = new HashSet<>();
            paragraphs.forEach(n -> markers.add(n.get("text").asText().replaceFirst("：.*", "")));
            assertThat(markers).as("%s shows one version, not a mixture", id).hasSize(1);
            String shown = markers.iterator().next();
            if (acked != null) {
                possible.add(acked);
            }
            if (acked != null && inFlight.getOrDefault(id, Set.of()).isEmpty()) {
                assertThat(shown).as("last acknowledged version of %s", id).isEqualTo(acked);
                checked++;
            } else {
                assertThat(possible).as("%s shows a version that was sent", id).contains(shown);
            }
        }
        return checked;
    }
}
