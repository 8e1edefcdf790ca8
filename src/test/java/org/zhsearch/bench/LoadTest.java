package org.zhsearch.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.server.ServerSettings;
import org.zhsearch.server.ZhsearchServer;

/**
 * Load with writes and a rebuild: concurrent clients search over loopback for a bounded time while one client PUTs
 * and DELETEs articles, another keeps the server reindexing and one sends made-up methods, paths and headers (none
 * may get a 5xx). Afterwards every acknowledged PUT must be
 * readable and searchable and every acknowledged DELETE gone. Reports requests, 5xx, latency and peak heap.
 * <pre>java --add-modules jdk.incubator.vector -Xmx512m -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.LoadTest CORPUS [seconds=60] [clients=8]</pre>
 */
public final class LoadTest {
    private static final String TOKEN = "load-test-token";
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

    /** What a run saw; {@link #ok()} is the pass condition. */
    public record Report(
            long searches,
            long writes,
            long reindexes,
            long serverErrors,
            long otherErrors,
            long lostPuts,
            long resurrectedDeletes,
            double p50Ms,
            double p99Ms,
            long peakHeapMb,
            long chaosRequests,
            long chaosServerErrors,
            long heapAfterGcStartMb,
            long heapAfterGcEndMb) {
        public boolean ok() {
            return serverErrors == 0
                    && otherErrors == 0
                    && lostPuts == 0
                    && resurrectedDeletes == 0
                    && chaosServerErrors == 0;
        }
    }

    private static final String TOKEN_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'*+^`|";

    /** A random request of the kind an attacker or a broken client sends: made-up methods, paths and headers. */
    private static HttpRequest chaos(String base, Random random) {
        String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"};
        String method = random.nextInt(3) == 0
                ? randomToken(random, 1 + random.nextInt(40))
                : methods[random.nextInt(methods.length)];
        String[] paths = {
            "/api/search?q=" + randomToken(random, 1 + random.nextInt(20)),
            "/api/articles/" + randomToken(random, 1 + random.nextInt(30)),
            "/metrics",
            "/health",
            "/api/" + randomToken(random, 5),
            "/" + randomToken(random, 1 + random.nextInt(60)),
            "/api/search?q=%FF%FE",
            "/api/analyze?text=" + randomToken(random, 10),
            "/api/admin/reindex"
        };
        String path = paths[random.nextInt(paths.length)].replace("%25", "");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.replaceAll("[^A-Za-z0-9/?=%._~-]", "x")))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        random.nextBoolean()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(randomToken(random, random.nextInt(200))));
        for (int h = random.nextInt(4); h > 0; h--) {
            b.header(
                    "X-" + randomToken(random, 1 + random.nextInt(20)).replaceAll("[^A-Za-z0-9-]", "a"),
                    randomToken(random, random.nextInt(100)));
        }
        if (random.nextBoolean()) {
            b.header("Content-Type", random.nextBoolean() ? "application/json" : randomToken(random, 12) + "/x");
        }
        return b.build();
    }

    private static String randomToken(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
        }
        return s.toString();
    }

    private static long heapAfterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private LoadTest() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: LoadTest CORPUS_DIR [seconds=60] [clients=8]");
        }
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Report r = run(
                Path.of(args[0]),
                Files.createTempDirectory("zhsearch-load"),
                Duration.ofSeconds(seconds),
                clients,
                System.out);
        if (!r.ok()) {
            throw new IllegalStateException("load test failed: " + r); // an uncaught exception exits with status 1
        }
    }

    /** A marker unique to article {@code i}, written in ideographs so it is one exact-substring query. */
    static String marker(int i) {
        StringBuilder s = new StringBuilder("压测稿件");
        for (char c : Integer.toString(i).toCharArray()) {
            s.append(DIGITS.charAt(c - '0'));
        }
        return s.append("号终").toString();
    }

    public static Report run(Path corpus, Path work, Duration duration, int clients, PrintStream out) throws Exception {
        Path home = work.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        List<String> queries = QueryMix.build(RecallCheck.articles(corpus), 50, 3L).values().stream()
                .flatMap(List::stream)
                .map(SearchRequest::query)
                .toList();
        try (ZhSearch zh = ZhSearch.open(home);
                ZhsearchServer server = new ZhsearchServer(
                        zh, new ServerSettings("127.0.0.1", 0, TOKEN, 1 << 20, List.of(), corpus, home))) {
            server.start();
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder()
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            long deadline = System.nanoTime() + duration.toNanos();
            Latencies latencies = new Latencies();
            AtomicLong searches = new AtomicLong();
            AtomicLong writes = new AtomicLong();
            AtomicLong reindexes = new AtomicLong();
            AtomicLong serverErrors = new AtomicLong();
            AtomicLong otherErrors = new AtomicLong();
            AtomicLong peakHeap = new AtomicLong();
            Map<Integer, Boolean> acked = new ConcurrentHashMap<>(); // id → true: put acknowledged, false: deleted
            AtomicLong chaosRequests = new AtomicLong();
            AtomicLong chaosServerErrors = new AtomicLong();
            long heapAtStart = heapAfterGcMb();

            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> tasks = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int seed = c;
                    tasks.add(pool.submit(() -> {
                        Random random = new Random(seed);
                        while (System.nanoTime() < deadline) {
                            String q = queries.get(random.nextInt(queries.size()));
                            long t0 = System.nanoTime();
                            int status = send(
                                    http,
                                    HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                                                    + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                            .GET()
                                            .build());
                            latencies.add(System.nanoTime() - t0);
                            searches.incrementAndGet();
                            count(status, serverErrors, otherErrors, 200);
                        }
                        return null;
                    }));
                }
                tasks.add(pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        String body = "发布时间:2024-11-25 04:43:40 来源: load\n负载测试文章\n这是第" + i + "篇，标记为" + marker(i)
                                + "，用于检查写入不会丢失。\n";
                        int status = send(
                                http,
                                authed(base, "/api/articles/load/" + i)
                                        .header("Content-Type", "text/plain; charset=utf-8")
                                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                                        .build());
                        writes.incrementAndGet();
                        if (status / 100 == 2) {
                            acked.put(i, true);
                        } else {
                            count(status, serverErrors, otherErrors, 200);
                        }
                        if (i % 3 == 2) {
                            int victim = i - 1;
                            int del = send(
                                    http,
                                    authed(base, "/api/articles/load/" + victim)
                                            .DELETE()
                                            .build());
                            writes.incrementAndGet();
                            if (del / 100 == 2) {
                                acked.put(victim, false);
                            } else {
                                count(del, serverErrors, otherErrors, 200);
                            }
                        }
                    }
                    return null;
                }));
                tasks.add(pool.submit(() -> {
                    Random random = new Random(99);
                    while (System.nanoTime() < deadline) {
                        HttpRequest request;
                        try {
                            request = chaos(base, random);
                        } catch (IllegalArgumentException refusedByTheClient) {
                            continue; // java.net.http will not even send some made-up requests
                        }
                        int status = send(http, request);
                        chaosRequests.incrementAndGet();
                        if (status >= 500) {
                            chaosServerErrors.incrementAndGet();
                        }
                    }
                    return null;
                }));
                tasks.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int status = send(
                                http,
                                authed(base, "/api/admin/reindex")
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build());
                        if (status / 100 == 2) {
                            reindexes.incrementAndGet();
                        } else if (status != 409) {
                            count(status, serverErrors, otherErrors, 202);
                        }
                        peakHeap.accumulateAndGet(
                                ManagementFactory.getMemoryMXBean()
                                        .getHeapMemoryUsage()
                                        .getUsed(),
                                Math::max);
                        Thread.sleep(500);
                    }
                    return null;
                }));
                for (Future<?> t : tasks) {
                    t.get();
                }
            }
            waitForReindex(http, base);
            zh.refresh();
            long lost = 0;
            long resurrected = 0;
            for (var e : acked.entrySet()) {
                long total = zh.search(SearchRequest.of(marker(e.getKey()))).total();
                boolean present = zh.article("load/" + e.getKey()).isPresent();
                if (e.getValue() && (total != 1 || !present)) {
                    lost++;
                } else if (!e.getValue() && (total != 0 || present)) {
                    resurrected++;
                }
            }
            Report r = new Report(
                    searches.get(),
                    writes.get(),
                    reindexes.get(),
                    serverErrors.get(),
                    otherErrors.get(),
                    lost,
                    resurrected,
                    latencies.percentileMs(50),
                    latencies.percentileMs(99),
                    peakHeap.get() >> 20,
                    chaosRequests.get(),
                    chaosServerErrors.get(),
                    heapAtStart,
                    heapAfterGcMb());
            out.printf(
                    "%d s, %d search clients: %d searches (%.0f/s), %d writes, %d reindexes; 5xx %d, other errors %d;"
                            + " acknowledged puts lost %d, deletes resurrected %d; search p50 %.2f ms, p99 %.2f ms;"
                            + " peak heap %d MB; %d chaos requests (made-up methods, paths, headers), 5xx %d; heap after"
                            + " GC %d MB at start, %d MB at the end%n",
                    duration.toSeconds(),
                    clients,
                    r.searches(),
                    r.searches() / (double) duration.toSeconds(),
                    r.writes(),
                    r.reindexes(),
                    r.serverErrors(),
                    r.otherErrors(),
                    r.lostPuts(),
                    r.resurrectedDeletes(),
                    r.p50Ms(),
                    r.p99Ms(),
                    r.peakHeapMb(),
                    r.chaosRequests(),
                    r.chaosServerErrors(),
                    r.heapAfterGcStartMb(),
                    r.heapAfterGcEndMb());
            return r;
        }
    }

    private static HttpRequest.Builder authed(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(30));
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void count(int status, AtomicLong serverErrors, AtomicLong otherErrors, int expected) {
        if (status >= 500 || status < 0) {
            serverErrors.incrementAndGet();
        } else if (status / 100 != expected / 100) {
            otherErrors.incrementAndGet();
        }
    }

    private static void waitForReindex(HttpClient http, String base) throws Exception {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> r =
                    http.send(authed(base, "/api/admin/reindex").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (!r.body().contains("\"running\":true") && !r.body().contains("\"state\":\"running\"")) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
