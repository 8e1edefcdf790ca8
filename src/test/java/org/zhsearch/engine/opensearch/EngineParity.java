package org.zhsearch.engine.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.bench.RecallCheck;
import org.zhsearch.config.ZhsearchConfig;

/**
 * Do the embedded engine and the OpenSearch engine answer alike? Builds the corpus on both, then compares, for
 * random CJK spans (exact mode) and for the judged relevance queries (as a user searches), the totals and the top 10
 * ids in order; prints every difference.
 * <pre>java --add-modules jdk.incubator.vector -cp target/test-classes:target/zhsearch.jar \
 *     org.zhsearch.engine.opensearch.EngineParity CORPUS URLS [spans=300] [seed=42] [set=src/test/resources/relevance]</pre>
 * The judged queries are those of {@code set} (its {@code queries.tsv}): the dev set's by default, the GIMP set's
 * ({@code src/test/resources/relevance-gimp}) with the GIMP corpus.
 */
public final class EngineParity {
    private EngineParity() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: EngineParity CORPUS_DIR URLS [spans=300] [seed=42] [set]");
        }
        Path corpus = Path.of(args[0]);
        int spans = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Path set = Path.of(args.length > 4 ? args[4] : "src/test/resources/relevance");
        Path home = Files.createTempDirectory("zhsearch-parity");
        ZhsearchConfig embedded =
                ZhsearchConfig.load(null, Map.of(), Map.of(ZhsearchConfig.INDEX_DIR, home.toString()));
        ZhsearchConfig opensearch = ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        args[1],
                        ZhsearchConfig.OS_INDEX,
                        "parity"));
        long t0 = System.nanoTime();
        ZhSearch.build(embedded, corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
        long t1 = System.nanoTime();
        ZhSearch.build(opensearch, corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
        long t2 = System.nanoTime();
        System.out.printf("built: embedded %.1f s, opensearch %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        try (ZhSearch a = ZhSearch.open(embedded);
                ZhSearch b = ZhSearch.open(opensearch)) {
            List<String> queries = new ArrayList<>();
            Random random = new Random(seed);
            List<String> texts = new ArrayList<>();
            for (Article article : RecallCheck.articles(corpus)) {
                article.paragraphs().stream().map(Paragraph::text).forEach(texts::add);
            }
            while (queries.size() < spans) {
                String span =
                        RecallCheck.randomSpan(texts.get(random.nextInt(texts.size())), 2 + random.nextInt(5), random);
                if (span != null) {
                    queries.add(span);
                }
            }
            compare("spans (exact)", queries, a, b, SearchMode.EXACT);
            List<String> judged = Files.readAllLines(set.resolve("queries.tsv")).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t")[3])
                    .toList();
            compare("judged queries", judged, a, b, SearchMode.RELATED);
        }
    }

    private static void compare(String name, List<String> queries, ZhSearch a, ZhSearch b, SearchMode mode) {
        int totals = 0;
        int orders = 0;
        double maxScoreDiff = 0;
        List<Long> timesA = new ArrayList<>();
        List<Long> timesB = new ArrayList<>();
        for (String q : queries) { // warm-up pass, not measured
            a.search(SearchRequest.of(q).withMode(mode));
            b.search(SearchRequest.of(q).withMode(mode));
        }
        for (String q : queries) {
            long t0 = System.nanoTime();
            SearchResult x = a.search(SearchRequest.of(q).withMode(mode));
            long t1 = System.nanoTime();
            SearchResult y = b.search(SearchRequest.of(q).withMode(mode));
            timesA.add(t1 - t0);
            timesB.add(System.nanoTime() - t1);
            if (x.total() != y.total() || x.relatedTotal() != y.relatedTotal()) {
                totals++;
                System.out.printf(
                        "  total differs for %s: %d/%d vs %d/%d%n",
                        q, x.total(), x.relatedTotal(), y.total(), y.relatedTotal());
            }
            List<String> xs = ids(x);
            List<String> ys = ids(y);
            if (!xs.equals(ys)) {
                orders++;
                System.out.printf(
                        "  top 10 differs for %s:%n    embedded   %s%n    opensearch %s%n", q, scored(x), scored(y));
            }
            for (int i = 0; i < Math.min(x.hits().size(), y.hits().size()); i++) {
                if (x.hits().get(i).id().equals(y.hits().get(i).id())) {
                    maxScoreDiff = Math.max(
                            maxScoreDiff,
                            Math.abs(x.hits().get(i).score() - y.hits().get(i).score()));
                }
            }
        }
        System.out.printf(
                "%s: %d queries, totals differ on %d, top-10 ids or order differ on %d, largest score "
                        + "difference of a shared hit %.6f%n",
                name, queries.size(), totals, orders, maxScoreDiff);
        System.out.printf(
                "  latency (library call, one client thread): embedded p50 %.2f ms p99 %.2f ms; opensearch "
                        + "p50 %.2f ms p99 %.2f ms%n",
                percentile(timesA, 50), percentile(timesA, 99), percentile(timesB, 50), percentile(timesB, 99));
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        java.util.Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static List<String> ids(SearchResult r) {
        List<String> out = new ArrayList<>();
        r.hits().forEach(h -> out.add(h.id()));
        r.related().forEach(h -> out.add("~" + h.id()));
        return out;
    }

    private static List<String> scored(SearchResult r) {
        List<String> out = new ArrayList<>();
        for (Hit h : r.hits()) {
            out.add(h.id() + String.format(java.util.Locale.ROOT, "=%.4f", h.score()));
        }
        r.related().forEach(h -> out.add("~" + h.id() + String.format(java.util.Locale.ROOT, "=%.4f", h.score())));
        return out;
    }
}
