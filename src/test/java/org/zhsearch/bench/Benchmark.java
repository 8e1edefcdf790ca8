package org.zhsearch.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;

/**
 * The benchmark of README "Benchmarks": analysis ceiling, index build against a SmartChinese-only baseline built in
 * the same run, and in-process search latency for a seeded query mix. Figures are medians of {@code reps}
 * alternating runs.
 * <pre>java --add-modules jdk.incubator.vector -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.Benchmark CORPUS [threads] [reps]</pre>
 */
public final class Benchmark {
    /** The built-in analysis chains, whose speed the analysis section measures. */
    private static final Analysis BUILT_IN = Analysis.builtIn();
    /** Passes over the whole mix per concurrency level in part 3. */
    private static final int ROUNDS = 5;
    /** How long part 3 runs the mix before measuring it. */
    private static final long WARM_UP_NANOS = 30_000_000_000L;

    private final Path corpus;
    private final int threads;
    private final int reps;
    private final PrintStream out;

    public Benchmark(Path corpus, int threads, int reps, PrintStream out) {
        this.corpus = corpus;
        this.threads = threads;
        this.reps = reps;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: Benchmark CORPUS_DIR [threads=cores] [reps=3]");
        }
        int threads = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        new Benchmark(Path.of(args[0]), threads, reps, System.out).run();
    }

    /** Runs every part and prints a report; returns the index directory it built (for further parts). */
    public Path run() throws Exception {
        List<Article> articles = RecallCheck.articles(corpus);
        List<String> texts = new ArrayList<>();
        for (Article a : articles) {
            for (Paragraph p : a.paragraphs()) {
                texts.add(p.text());
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        long bytes = IndexBench.sizeOf(corpus);
        out.printf(
                "corpus %s: %d articles, %d paragraphs, %d chars, %.1f MB on disk; %d threads, %d cores, Java %s%n",
                corpus,
                articles.size(),
                texts.size(),
                chars,
                bytes / 1e6,
                threads,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());

        analysisCeiling(texts);
        Path index = indexBuild(texts.size(), chars, bytes);
        searchLatency(index, articles);
        http(index, articles);
        return index;
    }

    private void analysisCeiling(List<String> texts) throws Exception {
        out.println();
        out.println("## 1. analysis ceiling (chars/s, warm, median of " + reps + ")");
        IndexBench.analysisCharsPerSecond(texts, threads, BUILT_IN.words(), BUILT_IN.chars()); // warm-up
        out.printf("%-28s %14s %14s%n", "chain", "1 thread", threads + " threads");
        for (String name : new String[] {"words (SmartChinese)", "chars (recall)", "both"}) {
            var analyzers = switch (name) {
                case "words (SmartChinese)" -> new org.apache.lucene.analysis.Analyzer[] {BUILT_IN.words()};
                case "chars (recall)" -> new org.apache.lucene.analysis.Analyzer[] {BUILT_IN.chars()};
                default -> new org.apache.lucene.analysis.Analyzer[] {BUILT_IN.words(), BUILT_IN.chars()};
            };
            double[] one = new double[reps];
            double[] many = new double[reps];
            for (int r = 0; r < reps; r++) {
                one[r] = IndexBench.analysisCharsPerSecond(texts, 1, analyzers);
                many[r] = IndexBench.analysisCharsPerSecond(texts, threads, analyzers);
            }
            out.printf("%-28s %12.2f M %12.2f M%n", name, median(one) / 1e6, median(many) / 1e6);
            if (name.equals("both")) {
                ceilingBoth = median(many);
            }
        }
    }

    private double ceilingBoth;

    private Path indexBuild(int paragraphs, long chars, long bytes) throws Exception {
        out.println();
        out.println("## 2. index build (" + threads + " threads; median of " + reps + " alternating runs)");
        Path work = Files.createTempDirectory("zhsearch-bench");
        double[] ours = new double[reps];
        double[] base = new double[reps];
        long[] heap = new long[reps];
        Path lastIndex = null;
        long baseSize = 0;
        for (int r = 0; r < reps; r++) {
            Path b = work.resolve("baseline-" + r);
            base[r] = IndexBench.baselineBuildSeconds(corpus, b, threads);
            baseSize = IndexBench.sizeOf(b);
            org.zhsearch.index.IndexHome.class.getName(); // keep classes loaded alike
            Path home = work.resolve("zh-" + r);
            resetPeakHeap();
            long t0 = System.nanoTime();
            IndexReport rep =
                    ZhSearch.build(corpus, home, IndexOptions.defaults().withThreads(threads), ProgressListener.NONE);
            ours[r] = (System.nanoTime() - t0) / 1e9;
            heap[r] = peakHeap();
            lastIndex = home;
            if (rep.paragraphs() != paragraphs) {
                out.println("WARNING: built " + rep.paragraphs() + " paragraphs, expected " + paragraphs);
            }
        }
        double oursS = median(ours);
        double baseS = median(base);
        long size = IndexBench.sizeOf(lastIndex);
        out.printf("%-34s %10s %12s %12s %12s%n", "", "wall s", "paragraphs/s", "M chars/s", "size");
        out.printf(
                "%-34s %10.2f %12.0f %12.2f %9.1f MB%n",
                "SmartChinese-only baseline", baseS, paragraphs / baseS, chars / baseS / 1e6, baseSize / 1e6);
        out.printf(
                "%-34s %10.2f %12.0f %12.2f %9.1f MB%n",
                "zhsearch (words + recall field)", oursS, paragraphs / oursS, chars / oursS / 1e6, size / 1e6);
        out.printf(
                "ratio to baseline speed: %.2f; to the %d-thread analysis ceiling (both chains): %.2f%n",
                baseS / oursS, threads, chars / oursS / ceilingBoth);
        out.printf(
                "index size: %.2f x the text (UTF-8 bytes of corpus files %.1f MB); peak heap during build %d MB%n",
                size / (double) bytes, bytes / 1e6, Arrays.stream(heap).max().orElse(0) / (1 << 20));
        return lastIndex;
    }

    private void searchLatency(Path index, List<Article> articles) throws Exception {
        out.println();
        out.println("## 3. in-process search (exact total + top 10 with highlights)");
        Map<String, List<SearchRequest>> mix = QueryMix.build(articles, 300, 20261126L);
        try (ZhSearch zh = ZhSearch.open(index)) {
            // Steady state: on 2 cores the JIT is still compiling after a few passes, and the compiler thread
            // would take the second core from what is measured. (The HTTP part shows the warm-up curve itself.)
            long warmUntil = System.nanoTime() + WARM_UP_NANOS;
            for (int pass = 0; pass < 3 || System.nanoTime() < warmUntil; pass++) {
                mix.values().forEach(qs -> qs.forEach(zh::search));
            }
            out.printf("%-18s %8s %8s %8s %8s %10s%n", "class", "p50 ms", "p95 ms", "p99 ms", "max ms", "QPS 1 thr");
            Latencies all = new Latencies();
            for (var e : mix.entrySet()) {
                Latencies l = new Latencies();
                long t0 = System.nanoTime();
                for (SearchRequest r : e.getValue()) {
                    long s = System.nanoTime();
                    zh.search(r);
                    l.add(System.nanoTime() - s);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                all.addAll(l);
                out.printf(
                        "%-18s %8.3f %8.3f %8.3f %8.3f %10.0f%n",
                        e.getKey(),
                        l.percentileMs(50),
                        l.percentileMs(95),
                        l.percentileMs(99),
                        l.percentileMs(100),
                        l.count() / secs);
            }
            out.printf(
                    "%-18s %8.3f %8.3f %8.3f %8.3f%n",
                    "all (1 thread)",
                    all.percentileMs(50),
                    all.percentileMs(95),
                    all.percentileMs(99),
                    all.percentileMs(100));
            List<SearchRequest> flat =
                    mix.values().stream().flatMap(List::stream).toList();
            for (int t : new int[] {1, 2, 8}) {
                Latencies l = new Latencies();
                long cpu0 = processCpuNanos();
                Throughput r = concurrent(zh, flat, t, l);
                out.printf(
                        "whole mix on %d thread(s): %.0f QPS, p50 %.3f ms, mean %.3f ms, p99 %.3f ms; CPU per "
                                + "query %.3f ms on the searching threads, %.3f ms in the whole process%n",
                        t,
                        r.perSecond(),
                        l.percentileMs(50),
                        l.meanMs(),
                        l.percentileMs(99),
                        r.searchCpuNanos() / 1e6 / l.count(),
                        (processCpuNanos() - cpu0) / 1e6 / l.count());
            }
        }
    }

    private void http(Path index, List<Article> articles) throws Exception {
        out.println();
        out.println("## 4. HTTP on loopback (same mix; wrk, or JDK HttpClient on virtual threads without it)");
        List<SearchRequest> flat = QueryMix.build(articles, 300, 20261126L).values().stream()
                .flatMap(List::stream)
                .toList();
        try (ZhSearch zh = ZhSearch.open(index)) {
            HttpBench.run(zh, flat, out);
        }
        out.println();
        out.println("## 5. cold start");
        Path jar = Path.of(System.getProperty("zhsearch.jar", "target/zhsearch.jar"));
        if (Files.isRegularFile(jar)) {
            HttpBench.coldStart(jar, index, out);
        } else {
            out.println("skipped: " + jar + " not found (build it with mvn package)");
        }
    }

    /** CPU time of this whole process (all threads), in nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Queries per second, and the CPU time the threads that ran them spent. */
    private record Throughput(double perSecond, long searchCpuNanos) {}

    private static Throughput concurrent(ZhSearch zh, List<SearchRequest> queries, int threads, Latencies l)
            throws Exception {
        ThreadMXBean threadCpu = ManagementFactory.getThreadMXBean();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                long cpu0 = threadCpu.getCurrentThreadCpuTime();
                int i;
                while ((i = next.getAndIncrement()) < queries.size() * ROUNDS) {
                    long s = System.nanoTime();
                    zh.search(queries.get(i % queries.size()));
                    l.add(System.nanoTime() - s);
                }
                cpuNanos.addAndGet(threadCpu.getCurrentThreadCpuTime() - cpu0);
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return new Throughput(queries.size() * ROUNDS / ((System.nanoTime() - t0) / 1e9), cpuNanos.get());
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
