package org.zhsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;

/**
 * Bulk ingest over HTTP against {@code zhsearch index}, both as whole processes of the shaded jar, in one run:
 * <ol>
 *   <li>{@code zhsearch index --corpus CORPUS} into a fresh index, timed from process start to exit;
 *   <li>that index's articles written out as NDJSON (the JSON article format, one per line);
 *   <li>{@code zhsearch serve} on another fresh index, then {@code zhsearch import FILE --url …} (batches of 1 000
 *       lines, each a {@code POST /api/articles/_bulk}), timed from the import process's start to its exit.
 * </ol>
 * Paragraphs per second of each, and bulk as a percentage of index. Run after {@code mvn package}:
 *
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.BulkBench /tmp/zh-dev-corpus /tmp/bulkbench</pre>
 */
public final class BulkBench {
    private static final String TOKEN = "bulk-bench-token";
    private static final Pattern INDEXED = Pattern.compile("Indexed ([\\d,]+) articles, ([\\d,]+) paragraphs");

    private BulkBench() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "/tmp/zhsearch-bulkbench"));
        Path jar = Path.of(System.getProperty("zhsearch.jar", "target/zhsearch.jar"))
                .toAbsolutePath();
        Path indexed = work.resolve("by-index");
        Path bulked = work.resolve("by-bulk");
        deleteTree(indexed);
        deleteTree(bulked);

        long t0 = System.nanoTime();
        String out = run(jar, work, "index", "--corpus", corpus.toString(), "--index", indexed.toString());
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        Matcher m = INDEXED.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no summary from zhsearch index:\n" + out);
        }
        long paragraphs = Long.parseLong(m.group(2).replace(",", ""));

        Path ndjson = work.resolve("corpus.jsonl");
        long[] exported = export(corpus, indexed, ndjson);

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = start(jar, work, "serve", "--index", bulked.toString(), "--port", Integer.toString(port));
        try {
            awaitHealthy(port, server);
            long t1 = System.nanoTime();
            String imported =
                    run(jar, work, "import", ndjson.toString(), "--url", "http://127.0.0.1:" + port, "--token", TOKEN);
            double bulkSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.println(imported.strip());
            double indexRate = paragraphs / indexSeconds;
            double bulkRate = exported[1] / bulkSeconds;
            System.out.printf(
                    Locale.ROOT,
                    "zhsearch index: %,d paragraphs in %.1f s = %,.0f paragraphs/s (whole process)%n"
                            + "bulk over HTTP: %,d articles, %,d paragraphs (%.1f MB NDJSON) in %.1f s = %,.0f"
                            + " paragraphs/s (the import process, batches of 1 000)%n"
                            + "bulk / index: %.0f %%%n",
                    paragraphs,
                    indexSeconds,
                    indexRate,
                    exported[0],
                    exported[1],
                    Files.size(ndjson) / 1e6,
                    bulkSeconds,
                    bulkRate,
                    100 * bulkRate / indexRate);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** Every article of the built index, by the ids of the corpus's files, as NDJSON; {articles, paragraphs}. */
    private static long[] export(Path corpus, Path index, Path ndjson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long articles = 0;
        long paragraphs = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (ZhSearch zh = ZhSearch.open(index);
                BufferedWriter w = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                String id = corpus.relativize(f).toString().replace('\\', '/');
                Article a = zh.article(id).orElse(null);
                if (a != null) {
                    w.write(json.writeValueAsString(a));
                    w.write('\n');
                    articles++;
                    paragraphs += a.paragraphs().size();
                }
            }
        }
        return new long[] {articles, paragraphs};
    }

    private static Process start(Path jar, Path work, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "-jar",
                jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(args[0] + ".log").toFile());
        pb.environment().put("ZHSEARCH_ADMIN_TOKEN", TOKEN);
        return pb.start();
    }

    private static String run(Path jar, Path work, String... args) throws Exception {
        Process p = start(jar, work, args);
        int exit = p.waitFor();
        String out = Files.readString(work.resolve(args[0] + ".log"));
        if (exit != 0) {
            throw new IllegalStateException("zhsearch " + args[0] + " exited " + exit + ":\n" + out);
        }
        return out;
    }

    private static void awaitHealthy(int port, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("zhsearch serve exited " + server.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("zhsearch serve not healthy after 60 s");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p :
                    walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
