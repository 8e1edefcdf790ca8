package org.zhsearch.relevance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the new ranking costs: the judged queries (top 10 with highlights, related results included where shown),
 * in process, on the earlier jar and on this checkout, alternating rounds after a warm-up; prints the median and
 * 99th percentile per query kind.
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.relevance.LatencyCheck CORPUS WORK OLD_JAR</pre>
 */
public final class LatencyCheck {
    private static final int WARM_UP_ROUNDS = 30;
    private static final int ROUNDS = 40;

    private LatencyCheck() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        List<JudgedQuery> queries = JudgedQuery.load(Path.of("src/test/resources/relevance/queries.tsv"));
        try (Ranker old = new JarRanker("before", Path.of(args[2]), corpus, work.resolve("old"), Path.of("config"));
                Ranker now = new CurrentRanker(corpus, work.resolve("new"), Path.of("config"))) {
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                queries.forEach(q -> old.top10(q.query()));
                queries.forEach(q -> now.top10(q.query()));
            }
            for (String kind : new String[] {"keyword", "two", "question"}) {
                List<JudgedQuery> selected =
                        queries.stream().filter(q -> q.kind().equals(kind)).toList();
                List<Long> before = new ArrayList<>();
                List<Long> after = new ArrayList<>();
                for (int i = 0; i < ROUNDS; i++) {
                    time(old, selected, before);
                    time(now, selected, after);
                }
                System.out.printf(
                        Locale.ROOT,
                        "%-9s before: p50 %.2f ms p99 %.2f ms | now: p50 %.2f ms p99 %.2f ms%n",
                        kind,
                        pct(before, 50),
                        pct(before, 99),
                        pct(after, 50),
                        pct(after, 99));
            }
        }
    }

    private static void time(Ranker ranker, List<JudgedQuery> queries, List<Long> nanos) {
        for (JudgedQuery q : queries) {
            long start = System.nanoTime();
            ranker.top10(q.query());
            nanos.add(System.nanoTime() - start);
        }
    }

    private static double pct(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
