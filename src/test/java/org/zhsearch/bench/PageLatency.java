package org.zhsearch.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Latency of a page of 100 highlighted hits over loopback HTTP, one client connection, warm: queries are random
 * 2–3-character spans of Chinese text from the corpus (seeded), each asked for {@code limit=100&mode=exact}. Prints
 * p50/p90/p99 after a warm-up pass. Run against a server started on the index:
 * {@code java -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.PageLatency http://127.0.0.1:7071
 * /tmp/poetry 2000 [LENGTH]}; with LENGTH (1, 2, …) every span has that many characters.
 */
public final class PageLatency {
    private PageLatency() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int length = args.length > 3 ? Integer.parseInt(args[3]) : 0; // 0: 2 or 3
        List<String> queries = queries(Path.of(args[1]), Integer.parseInt(args[2]), length);
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int round = 0; round < 2; round++) {
            for (String q : queries) {
                get(client, base, q);
            }
        }
        List<Long> nanos = new ArrayList<>();
        long hits = 0;
        for (String q : queries) {
            long t0 = System.nanoTime();
            String body = get(client, base, q);
            nanos.add(System.nanoTime() - t0);
            hits += body.split("\"highlight\"", -1).length - 1;
        }
        Collections.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%d queries, %.1f hits per page: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, " + "max %.2f ms%n",
                queries.size(),
                hits / (double) queries.size(),
                pct(nanos, 50),
                pct(nanos, 90),
                pct(nanos, 99),
                nanos.getLast() / 1e6);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static String get(HttpClient client, String base, String q) throws Exception {
        URI uri =
                URI.create(base + "/api/search?limit=100&mode=exact&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<String> r =
                client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static List<String> queries(Path corpus, int n, int fixedLength) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String text = Files.readString(files.get(random.nextInt(files.size())));
            int length = fixedLength > 0 ? fixedLength : 2 + random.nextInt(2);
            if (text.length() <= length) {
                continue;
            }
            int at = random.nextInt(text.length() - length);
            String span = text.substring(at, at + length);
            if (span.codePoints().allMatch(Character::isIdeographic)) {
                out.add(span);
            }
        }
        return out;
    }
}
