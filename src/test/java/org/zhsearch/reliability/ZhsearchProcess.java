package org.zhsearch.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real shaded jar run as a child process (JDK of the test JVM), for crash tests. */
final class ZhsearchProcess implements AutoCloseable {
    static final Path JAR = Path.of("target/zhsearch.jar");
    static final String TOKEN = "crash-test-token";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Process process;
    final Path log;
    final int port;

    private ZhsearchProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code java -jar zhsearch.jar <args>}, output to a log file; {@code ulimitFileKb} > 0 caps file size. */
    static ZhsearchProcess start(Path workDir, int port, long ulimitFileKb, String... args) throws IOException {
        return start(workDir, port, ulimitFileKb, Map.of(), args);
    }

    /** As {@link #start(Path, int, long, String...)} with extra environment variables (say, another backend). */
    static ZhsearchProcess start(
            Path workDir, int port, long ulimitFileKb, Map<String, String> extraEnv, String... args)
            throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run `mvn package` (failsafe runs after it)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>();
        if (ulimitFileKb > 0) {
            cmd.addAll(List.of("bash", "-c", "ulimit -f " + ulimitFileKb + " && exec \"$0\" \"$@\""));
        }
        cmd.addAll(List.of(
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "-Xmx512m",
                "-jar",
                JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "zhsearch-", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("ZHSEARCH_ADMIN_TOKEN", TOKEN);
        env.putAll(extraEnv);
        return new ZhsearchProcess(pb.start(), log, port);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until /health answers 200; fails with the process log if it exits or times out. */
    void awaitHealthy(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("zhsearch exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (get("/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("zhsearch not healthy after " + timeout + ":\n" + output());
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL, like {@code kill -9}: no shutdown hooks run. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("zhsearch did not exit within " + timeout);
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
