package org.zhsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.server.ServerSettings;
import org.zhsearch.server.ZhsearchServer;

/** Parts 4 and 5 of the benchmark: the query mix over loopback HTTP, and cold start of the real jar. */
final class HttpBench {
    private HttpBench() {}

    static String url(String base, SearchRequest r) {
        StringBuilder u = new StringBuilder(base)
                .append("/api/search?q=")
                .append(URLEncoder.encode(r.query(), StandardCharsets.UTF_8))
                .append("&limit=")
                .append(r.limit())
                .append("&offset=")
                .append(r.offset());
        if (r.from() != null) {
            u.append("&from=").append(r.from());
        }
        if (r.to() != null) {
            u.append("&to=").append(r.to());
        }
        if (r.source() != null) {
            u.append("&source=").append(URLEncoder.encode(r.source(), StandardCharsets.UTF_8));
        }
        if (r.group() == Grouping.ARTICLE) {
            u.append("&group=article");
        }
        return u.toString();
    }

    /**
     * Runs the mix against a server in this JVM from 1 and from 8 connections: with wrk (a separate process, so the
     * client does not share the JVM with the server) when it is installed, else with JDK HttpClient clients on
     * virtual threads in this JVM. Reports, besides wrk's figures, the server's CPU time per request (this process's
     * CPU while wrk runs), to set against {@link Benchmark}'s in-process CPU per query.
     */
    static void run(ZhSearch zh, List<SearchRequest> mix, PrintStream out) throws Exception {
        try (ZhsearchServer server = new ZhsearchServer(zh, ServerSettings.local(0, null))) {
            server.start();
            String base = "http://127.0.0.1:" + server.port();
            if (!Wrk.available()) {
                httpClient(base, mix, 8, 2, out);
                return;
            }
            List<String> paths = mix.stream().map(r -> url("", r)).toList();
            warmUp(base, paths, out);
            for (int connections : new int[] {1, 8}) {
                long cpu0 = Benchmark.processCpuNanos();
                Wrk.Result r = Wrk.run(base, paths, connections, 15);
                double cpuMsPerRequest = (Benchmark.processCpuNanos() - cpu0) / 1e6 / r.requests();
                out.printf("HTTP via wrk, %s; server CPU %.3f ms per request%n", r, cpuMsPerRequest);
            }
        }
    }

    /**
     * Jetty's, Javalin's and Jackson's code is not yet compiled when the server starts: on 2 cores the JIT needs
     * about a minute of traffic before throughput settles. Runs 10-second rounds at 8 connections until one is
     * within 5 % of the one before (at most 12), printing the curve.
     */
    private static void warmUp(String base, List<String> paths, PrintStream out) throws Exception {
        StringBuilder curve = new StringBuilder();
        double previous = 0;
        for (int round = 0; round < 12; round++) {
            double rate = Wrk.run(base, paths, 8, 10).perSecond();
            curve.append(String.format("%s%,.0f", round == 0 ? "" : " → ", rate));
            if (previous > 0 && Math.abs(rate - previous) <= 0.05 * previous) {
                break;
            }
            previous = rate;
        }
        out.println("warm-up, 10 s rounds at 8 connections (req/s): " + curve);
    }

    private static void httpClient(String base, List<SearchRequest> mix, int concurrency, int rounds, PrintStream out)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        for (SearchRequest r : mix) { // warm-up
            http.send(HttpRequest.newBuilder(URI.create(url(base, r))).build(), HttpResponse.BodyHandlers.ofString());
        }
        Latencies l = new Latencies();
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        int total = mix.size() * rounds;
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                fs.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(url(base, mix.get(i % mix.size()))))
                                .build();
                        long s = System.nanoTime();
                        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        l.add(System.nanoTime() - s);
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(
                "HTTP (JDK HttpClient; install wrk for a client outside this JVM), %d concurrent clients, "
                        + "%d requests: %.0f req/s, p50 %.3f ms, mean %.3f ms, p99 %.3f ms, errors %d%n",
                concurrency, total, total / secs, l.percentileMs(50), l.meanMs(), l.percentileMs(99), errors.get());
    }

    /**
     * Starts {@code java -jar jar serve --index home} as {@code bin/zhsearch} does (with a class-data-sharing
     * archive) and times the first 200 from /health and from a search: once without the archive (it is written when
     * that server stops) and once with it.
     */
    static void coldStart(Path jar, Path home, PrintStream out) throws Exception {
        Path archive = Files.createTempFile("zhsearch-bench", ".jsa");
        Files.delete(archive);
        for (String run : new String[] {"first start, no CDS archive yet", "next start, with the CDS archive"}) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String javaBin =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(200))
                    .build();
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(
                            javaBin,
                            "--add-modules",
                            "jdk.incubator.vector",
                            "-Xmx512m",
                            "-XX:SharedArchiveFile=" + archive,
                            "-XX:+AutoCreateSharedArchive",
                            "-Xlog:cds=off",
                            "-Xlog:cds+dynamic=off",
                            "-jar",
                            jar.toString(),
                            "serve",
                            "--index",
                            home.toString(),
                            "--port",
                            Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                double health = firstOk(http, "http://127.0.0.1:" + port + "/health", t0, p);
                double search = firstOk(http, "http://127.0.0.1:" + port + "/api/search?q=%E7%9A%84", t0, p);
                out.printf(
                        "cold start (%s): first /health 200 after %.2f s, first search 200 after %.2f s%n",
                        run, health, search);
            } finally {
                p.destroy(); // SIGTERM: a normal exit, which writes the archive
                if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        Files.deleteIfExists(archive);
    }

    private static double firstOk(HttpClient http, String url, long t0, Process p) throws Exception {
        while (p.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("server exited with " + p.exitValue());
    }
}
