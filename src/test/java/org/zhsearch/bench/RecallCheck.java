package org.zhsearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Article;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.corpus.CorpusFile;
import org.zhsearch.corpus.CorpusReader;

/**
 * Measures the recall promise: for random spans of consecutive CJK ideographs taken from the corpus, the
 * search result set must equal the set of paragraphs whose normalised text contains the normalised span, and
 * {@code total} must equal its size. Used by the test suite and, on a real corpus, from the command line:
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.RecallCheck CORPUS_DIR [queries] [seed] [variants]</pre>
 */
public final class RecallCheck {
    /** Spans matching more paragraphs than this are skipped: the API pages at most offset 10 000. */
    static final int MAX_EXPECTED = 10_000;

    /** Figures for one span length. */
    public record Row(int length, int queries, long expected, long found, long returned, int exactTotals) {
        public double recall() {
            return expected == 0 ? 1.0 : (double) found / expected;
        }

        public double precision() {
            return returned == 0 ? 1.0 : (double) found / returned;
        }
    }

    private RecallCheck() {}

    /** Reads every article of a corpus (skips ignored), in corpus order. */
    public static List<Article> articles(Path corpus) {
        CorpusReader reader = new CorpusReader(corpus);
        List<Article> out = new ArrayList<>();
        for (CorpusFile f : reader.list(s -> {})) {
            reader.read(f, out::add);
        }
        return out;
    }

    /** Runs {@code perLength} random spans for each length in {@code minLen..maxLen}. */
    public static List<Row> run(ZhSearch zh, List<Article> articles, int minLen, int maxLen, int perLength, long seed) {
        return run(zh, articles, minLen, maxLen, perLength, seed, true);
    }

    /** As above, for an index whose analysis folds traditional characters ({@code fold}) or not. */
    public static List<Row> run(
            ZhSearch zh, List<Article> articles, int minLen, int maxLen, int perLength, long seed, boolean fold) {
        List<String[]> paragraphs = new ArrayList<>(); // {id, normalised text, original text}
        for (Article a : articles) {
            for (Paragraph p : a.paragraphs()) {
                paragraphs.add(new String[] {a.id() + "#" + p.n(), NormalizedText.normalize(p.text(), fold), p.text()});
            }
        }
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int len = minLen; len <= maxLen; len++) {
            long expectedSum = 0;
            long foundSum = 0;
            long returnedSum = 0;
            int exact = 0;
            int done = 0;
            for (int attempt = 0; done < perLength && attempt < perLength * 200; attempt++) {
                String span = randomSpan(paragraphs.get(random.nextInt(paragraphs.size()))[2], len, random);
                if (span == null) {
                    continue;
                }
                String needle = NormalizedText.normalize(span, fold);
                Set<String> expected = new HashSet<>();
                for (String[] p : paragraphs) {
                    if (p[1].contains(needle)) {
                        expected.add(p[0]);
                    }
                }
                if (expected.size() > MAX_EXPECTED) {
                    continue;
                }
                Set<String> actual = new HashSet<>();
                long total = -1;
                for (int offset = 0; ; offset += SearchRequest.MAX_LIMIT) {
                    SearchResult r = zh.search(SearchRequest.of(span)
                            .withLimit(SearchRequest.MAX_LIMIT)
                            .withOffset(offset));
                    total = r.total();
                    r.hits().stream().map(Hit::id).forEach(actual::add);
                    if (r.hits().size() < SearchRequest.MAX_LIMIT
                            || offset + SearchRequest.MAX_LIMIT > SearchRequest.MAX_OFFSET) {
                        break;
                    }
                }
                Set<String> found = new HashSet<>(actual);
                found.retainAll(expected);
                expectedSum += expected.size();
                foundSum += found.size();
                returnedSum += actual.size();
                if (total == expected.size()) {
                    exact++;
                }
                done++;
            }
            rows.add(new Row(len, done, expectedSum, foundSum, returnedSum, exact));
        }
        return rows;
    }

    /** A span of {@code len} consecutive ideographs from {@code text}, or null if a random try finds none. */
    public static String randomSpan(String text, int len, Random random) {
        int[] cps = text.codePoints().toArray();
        if (cps.length < len) {
            return null;
        }
        int start = random.nextInt(cps.length - len + 1);
        for (int i = start; i < start + len; i++) {
            if (!Character.isIdeographic(cps[i])) {
                return null;
            }
        }
        return new String(cps, start, len);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: RecallCheck CORPUS_DIR [queriesPerLength=60] [seed=42]");
        }
        Path corpus = Path.of(args[0]);
        int perLength = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path index = java.nio.file.Files.createTempDirectory("zhsearch-recall");
        long t0 = System.nanoTime();
        var report = ZhSearch.build(corpus, index, IndexOptions.defaults(), ProgressListener.NONE);
        System.out.printf(
                "indexed %d articles, %d paragraphs in %.1f s%n",
                report.articles(), report.paragraphs(), (System.nanoTime() - t0) / 1e9);
        List<Article> articles = articles(corpus);
        // the exact-substring guarantee: regional variants (on by default) deliberately widen a span that is a
        // Taiwan or mainland word to its other form (信息 also finds 資訊), so they are off unless asked for
        boolean variants = args.length > 3 && args[3].equals("variants");
        System.out.println("regional variants " + (variants ? "on" : "off"));
        try (ZhSearch zh = ZhSearch.open(index, AnalysisConfig.builtIn().withRegionalVariants(variants))) {
            System.out.println("len  queries  expected  found  returned  recall  precision  exact-total");
            int q = 0;
            for (Row r : run(zh, articles, 1, 6, perLength, seed)) {
                q += r.queries();
                System.out.printf(
                        "%3d  %7d  %8d  %5d  %8d  %6.4f  %9.4f  %d/%d%n",
                        r.length(),
                        r.queries(),
                        r.expected(),
                        r.found(),
                        r.returned(),
                        r.recall(),
                        r.precision(),
                        r.exactTotals(),
                        r.queries());
            }
            System.out.println("queries: " + q);
        }
    }
}
