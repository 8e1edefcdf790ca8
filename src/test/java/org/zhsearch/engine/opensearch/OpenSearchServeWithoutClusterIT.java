package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.config.ZhsearchConfig;

/**
 * {@code zhsearch serve} (the real jar, a child process) configured for a cluster that does not answer: it keeps
 * running, {@code /health} says so, and a search is a 503 {@code unavailable} — it does not exit.
 */
class OpenSearchServeWithoutClusterIT {
    private static final Path JAR = Path.of("target/zhsearch.jar");

    @TempDir
    Path tmp;

    @Test
    void serveKeepsRunningDegradedWhileTheClusterDoesNotAnswer() throws Exception {
        int nobody = freePort();
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = tmp.resolve("serve.log");
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        java,
                        "--add-modules",
                        "jdk.incubator.vector",
                        "-Xmx256m",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "serve",
                        "--port",
                        Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(tmp.toFile());
        Map<String, String> env = pb.environment();
        env.put(ZhsearchConfig.envName(ZhsearchConfig.BACKEND), ZhsearchConfig.OPENSEARCH);
        env.put(ZhsearchConfig.envName(ZhsearchConfig.OS_URLS), "http://127.0.0.1:" + nobody);
        env.put(ZhsearchConfig.envName(ZhsearchConfig.OS_INDEX), "nobody-" + System.nanoTime());
        env.put(ZhsearchConfig.envName(ZhsearchConfig.OS_TIMEOUT_MS), "3000");
        Process serve = pb.start();
        try {
            HttpResponse<String> health = awaitAnswer(serve, log, "http://127.0.0.1:" + port + "/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"degraded\"").contains("did not answer");
            HttpResponse<String> search = get("http://127.0.0.1:" + port + "/api/search?q=%E4%BA%BA%E5%B7%A5");
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.body()).contains("\"unavailable\"");
            assertThat(serve.isAlive()).as(Files.readString(log)).isTrue();
            assertThat(Files.readString(log)).contains("Serving anyway");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    private static HttpResponse<String> awaitAnswer(Process serve, Path log, String url) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (!serve.isAlive()) {
                throw new AssertionError("serve exited with " + serve.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                return get(url);
            } catch (IOException notListening) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("serve did not answer within 90 s:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
