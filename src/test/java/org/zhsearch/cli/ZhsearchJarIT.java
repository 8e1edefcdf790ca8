package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real shaded jar in a child JVM (this test JVM's own java, JDK 21+), run from an empty working directory so
 * only built-in defaults and flags apply.
 */
class ZhsearchJarIT {
    private static final Path JAR =
            Path.of(System.getProperty("zhsearch.jar", "target/zhsearch.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final long TIMEOUT_S = 120;

    @TempDir
    Path tmp;

    Path corpus;
    Path index;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        index = tmp.resolve("data/index");
    }

    @Test
    void indexesAndSearchesACorpus() throws Exception {
        Run indexed = zhsearch("index", "--corpus", corpus.toString(), "--index", index.toString());
        Run found = zhsearch("search", "量子计算", "--json", "--index", index.toString());
        Run bad = zhsearch("search", "(量子", "--strict", "--index", index.toString());

        assertThat(indexed.exit()).as(indexed.err()).isZero();
        assertThat(indexed.out()).startsWith("Indexed 2 articles, 8 paragraphs from 2 files");
        assertThat(indexed.err()).contains("indexing 2 files").doesNotContain("restricted method");
        assertThat(found.exit()).as(found.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(found.out());
        assertThat(json.get("total").asLong()).isEqualTo(4);
        assertThat(json.get("hits").get(0).get("highlight").asText()).contains("<mark>量子计算</mark>");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("error: ").doesNotContain("\tat ");
    }

    @Test
    void aRebuildKilledMidwayLeavesTheOldIndexSearchable() throws Exception {
        assertThat(zhsearch("index", "--corpus", corpus.toString(), "--index", index.toString())
                        .exit())
                .isZero();
        String before = zhsearch("search", "量子计算", "--json", "--index", index.toString())
                .out();
        Path big = writeBigCorpus(tmp.resolve("big"), 6000);

        Process rebuild = start("index", "--corpus", big.toString(), "--index", index.toString(), "--threads", "2");
        CompletableFuture<String> indexingStarted =
                CompletableFuture.supplyAsync(() -> firstLineStartingWith(rebuild, "indexing "));
        String announced = indexingStarted.get(TIMEOUT_S, TimeUnit.SECONDS);
        Thread.sleep(1000);
        boolean aliveWhenKilled = rebuild.isAlive();
        rebuild.destroyForcibly();
        assertThat(rebuild.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(announced).startsWith("indexing 6,000 files");
        assertThat(aliveWhenKilled)
                .as("the rebuild was still running when killed")
                .isTrue();
        Run after = zhsearch("search", "量子计算", "--json", "--index", index.toString());
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(withoutTiming(after.out())).isEqualTo(withoutTiming(before));
        Run stats = zhsearch("stats", "--json", "--index", index.toString());
        assertThat(new ObjectMapper().readTree(stats.out()).get("articles").asLong())
                .isEqualTo(2);
        Run again = zhsearch("index", "--corpus", corpus.toString(), "--index", index.toString());
        assertThat(again.exit())
                .as("the next rebuild cleans up after the killed one: " + again.err())
                .isZero();
    }

    @Test
    void servesTheSameJsonAsTheSearchCommandAndPicksUpARebuild() throws Exception {
        Process server = start("serve", "--port", "0", "--corpus", corpus.toString(), "--index", index.toString());
        try {
            String line = listeningLine(server);
            assertThat(line).matches("zhsearch listening on http://127\\.0\\.0\\.1:\\d+");
            String base = line.substring("zhsearch listening on ".length());
            HttpResponse<String> response = get(base, "量子计算");
            Run cli = zhsearch("search", "量子计算", "--json", "--index", index.toString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(withoutTiming(response.body())).isEqualTo(withoutTiming(cli.out()));

            Files.writeString(corpus.resolve("news/third.txt"), "量子计算科普进校园\n同学们第一次听说量子计算。\n");
            assertThat(zhsearch("index", "--corpus", corpus.toString(), "--index", index.toString())
                            .exit())
                    .isZero();
            long total = 0;
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    System.nanoTime() < deadline && total != 6;
                    Thread.sleep(200)) {
                total = new ObjectMapper()
                        .readTree(get(base, "量子计算").body())
                        .get("total")
                        .asLong();
            }
            assertThat(total)
                    .as("the server picks up the rebuilt index without a restart")
                    .isEqualTo(6);
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS))
                    .as("serve stops on SIGTERM")
                    .isTrue();
        }
    }

    @Test
    void theLauncherRunsFromACopySoABuildOverwritingTheJarDoesNotBreakARunningServer() throws Exception {
        Path root = tmp.resolve("install");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(Path.of("bin/zhsearch"), root.resolve("bin/zhsearch"));
        Files.copy(JAR, root.resolve("target/zhsearch.jar"));
        ProcessBuilder pb = new ProcessBuilder(
                        root.resolve("bin/zhsearch").toString(),
                        "serve",
                        "--port",
                        "0",
                        "--corpus",
                        corpus.toString(),
                        "--index",
                        index.toString())
                .directory(tmp.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ZHSEARCH_"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process server = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = listeningLine(server);
            String base = line.substring("zhsearch listening on ".length());

            // what 'mvn package' does to the jar under a running server: rewrite it in place
            Files.write(root.resolve("target/zhsearch.jar"), new byte[] {'P', 'K', 3, 4, 0, 0});

            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/")).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("zhsearch");
            HttpResponse<String> search = get(base, "量子计算");
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(search.body()).get("total").asLong())
                    .isPositive();
            try (var copies = Files.list(root.resolve("index-data/.runtime"))) {
                assertThat(copies.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("zhsearch-.*\\.jar"));
            }
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The server's "zhsearch listening on URL" line from its stdout (read in the background, with a timeout). */
    private static String listeningLine(Process server) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            if (line.startsWith("zhsearch listening on ")) {
                                return line;
                            }
                        }
                        return "(no listening line)";
                    } catch (IOException e) {
                        return e.toString();
                    }
                })
                .get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> get(String base, String query) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        base + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Run zhsearch(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = builder(args).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("zhsearch " + String.join(" ", args) + " did not finish in " + TIMEOUT_S + " s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Process start(String... args) throws IOException {
        return builder(args).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>(
                List.of(JAVA.toString(), "--add-modules", "jdk.incubator.vector", "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ZHSEARCH_"));
        // Java decodes arguments with the locale's charset; bin/zhsearch does the same for LANG=C shells
        pb.environment().put("LC_ALL", "C.UTF-8");
        return pb;
    }

    /** Reads the process's stderr until a line starts with {@code prefix}; keeps draining it afterwards. */
    private static String firstLineStartingWith(Process p, String prefix) {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(prefix)) {
                    Thread drain = new Thread(() -> {
                        try {
                            while (r.readLine() != null) {
                                // discard progress lines
                            }
                        } catch (IOException e) {
                            // the process was killed
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    return line;
                }
            }
            return "(process ended before a line starting with '" + prefix + "')";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String withoutTiming(String json) throws IOException {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json);
        node.remove("tookMs");
        return node.toString();
    }

    /** {@code files} news articles of about 3.5 KB each, built from a fixed vocabulary that lacks 量子计算. */
    private static Path writeBigCorpus(Path dir, int files) throws IOException {
        String[] phrases = {
            "各地区各部门",
            "推进乡村振兴",
            "加强生态环境保护",
            "完善公共服务",
            "促进就业创业",
            "提升治理能力",
            "发展特色产业",
            "建设美丽乡村",
            "深化改革开放",
            "推动高质量发展",
            "改善民生福祉",
            "保障粮食安全",
            "弘扬优秀文化",
            "加快数字化转型",
            "健全社会保障"
        };
        Random random = new Random(42);
        Files.createDirectories(dir);
        for (int f = 0; f < files; f++) {
            StringBuilder sb = new StringBuilder("发布时间:2022-01-01 08:00:00 来源: sp20220101\n");
            for (int p = 0; p < 30; p++) {
                for (int s = 0; s < 6; s++) {
                    sb.append(phrases[random.nextInt(phrases.length)]).append(s % 2 == 0 ? "，" : "。");
                }
                sb.append('\n');
            }
            sb.append("《 人民日报 》( 2022年01月01日 01 版)\n(责编:测试)\n");
            Files.writeString(dir.resolve(String.format("a%05d.txt", f)), sb);
        }
        return dir;
    }
}
