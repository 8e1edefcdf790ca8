package org.zhsearch.engine.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real 3-node OpenSearch cluster of {@code bin/zhsearch-cluster} (README "The test cluster"), for {@code *IT}
 * tests: nodes {@code zh-os-1..3}, cluster {@code zhsearch-test}, plain HTTP on 127.0.0.1:9250–9252 (the first port
 * from {@code ZHSEARCH_OS_HTTP_PORT}), SmartChinese installed. {@link #shared()} starts it once per JVM — the first
 * start downloads OpenSearch (~160 MB) through Maven and installs it, ~50 s here, later ones take 30–45 s — or reuses one that
 * already answers green, and stops it when the JVM exits only if it started it. The script's output goes to
 * {@code target/zhsearch-cluster.log}.
 *
 * <p>Nodes are numbered like {@link #urls()}: node {@code i} (0–2) is {@code zh-os-(i+1)} at {@code urls().get(i)}.
 * Data stays between runs: tests create and delete their own indices.
 */
public final class OpenSearchCluster {
    private static final Path SCRIPT = Path.of("bin/zhsearch-cluster").toAbsolutePath();
    private static final Path LOG = Path.of("target/zhsearch-cluster.log").toAbsolutePath();
    /** the script waits 240 s for green; the first start also downloads ~160 MB and unpacks it */
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(15);

    private static final int NODES = 3;
    private static final Object LOCK = new Object();
    // guarded by LOCK (test code, which NoStaticMutableStateTest does not cover): the cluster, or why it did not start
    private static OpenSearchCluster shared;
    private static RuntimeException failure;

    private final int httpBase;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private OpenSearchCluster(int httpBase) {
        this.httpBase = httpBase;
    }

    /**
     * The cluster, started (or found green) at the first call in this JVM. Throws if it does not get green, then
     * and at every later call (a failed start is not tried again in the same JVM).
     */
    public static OpenSearchCluster shared() {
        synchronized (LOCK) {
            if (shared == null && failure == null) {
                String base = System.getenv("ZHSEARCH_OS_HTTP_PORT");
                OpenSearchCluster cluster = new OpenSearchCluster(base == null ? 9250 : Integer.parseInt(base));
                if (!cluster.isGreen()) {
                    // stop even after a failed start: some nodes may be running
                    Runtime.getRuntime()
                            .addShutdownHook(new Thread(() -> cluster.run("stop"), "zhsearch-cluster-stop"));
                    try {
                        cluster.run("start");
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
                if (failure == null) {
                    shared = cluster;
                }
            }
            if (failure != null) {
                throw new IllegalStateException("the OpenSearch test cluster did not start", failure);
            }
            return shared;
        }
    }

    /** {@code http://127.0.0.1:9250}, {@code …:9251}, {@code …:9252}. */
    public List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            urls.add("http://127.0.0.1:" + (httpBase + i));
        }
        return List.copyOf(urls);
    }

    /**
     * {@code kill -9} of node {@code i} (0–2), returning when its process is gone. Only for a cluster started from
     * this checkout (the script knows the pids of those nodes only).
     */
    public void killNode(int i) {
        run("kill-node", Integer.toString(checkNode(i) + 1));
    }

    /** Starts node {@code i} (0–2) again and returns when the cluster is green with all three nodes. */
    public void startNode(int i) {
        run("start-node", Integer.toString(checkNode(i) + 1));
    }

    /**
     * Sends a request to the first node that answers and returns its body (any status): for tests that change the
     * cluster behind zhsearch's back (blocks, deleted indices).
     */
    public String request(String method, String path, String json) {
        for (String url : urls()) {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json");
                b.method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString())
                        .body();
            } catch (IOException notListening) {
                // try the next node
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no node of the test cluster answers " + method + " " + path);
    }

    /** Starts every node that is not running and returns when the cluster is green with all three nodes. */
    public void startAllNodes() {
        run("start");
    }

    private static int checkNode(int i) {
        if (i < 0 || i >= NODES) {
            throw new IllegalArgumentException("node " + i + " is not 0–" + (NODES - 1));
        }
        return i;
    }

    /** Whether some node answers that the cluster is green with all nodes. */
    private boolean isGreen() {
        for (String url : urls()) {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200
                        && r.body().contains("\"status\":\"green\"")
                        && r.body().contains("\"number_of_nodes\":" + NODES + ",");
            } catch (IOException notListening) {
                // try the next node
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Runs {@code bin/zhsearch-cluster ARGS}, appending its output to the log; throws with the output on failure. */
    private void run(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(LOG.getParent());
            long logStart = Files.exists(LOG) ? Files.size(LOG) : 0;
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
            // the nodes run on this JVM's JDK (>= 21) unless told otherwise; Maven's JAVA_HOME may be older
            pb.environment().putIfAbsent("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
            Process process = pb.start();
            boolean exited = process.waitFor(SCRIPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            byte[] log = Files.readAllBytes(LOG);
            String output = new String(log, (int) logStart, log.length - (int) logStart, StandardCharsets.UTF_8);
            System.out.print(output);
            if (!exited || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command)
                        + (exited
                                ? " failed with exit code " + process.exitValue()
                                : " did not finish within " + SCRIPT_TIMEOUT)
                        + ":\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
