package org.zhsearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;

/**
 * How cost grows with size: the corpus copied (whole files, distinct ids) up to about 10k, 100k and 1M paragraphs;
 * for each, build time, index size, serving heap after GC with the index open and queried, and query p50/p99 of
 * the seeded mix.
 * <pre>java --add-modules jdk.incubator.vector -Xmx1g -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.ScalingBench CORPUS WORKDIR [10000,100000,1000000]</pre>
 */
public final class ScalingBench {
    private ScalingBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ScalingBench CORPUS_DIR WORK_DIR [sizes=10000,100000,1000000]");
        }
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        String sizes = args.length > 2 ? args[2] : "10000,100000,1000000";
        run(
                corpus,
                work,
                Stream.of(sizes.split(",")).mapToInt(Integer::parseInt).toArray(),
                System.out);
    }

    static void run(Path corpus, Path work, int[] targets, PrintStream out) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        out.printf(
                "%-12s %10s %9s %10s %10s %12s %9s %9s%n",
                "paragraphs", "text MB", "build s", "M chars/s", "index MB", "serve heap", "p50 ms", "p99 ms");
        for (int target : targets) {
            Path scaled = work.resolve("corpus-" + target);
            if (!Files.isDirectory(scaled)) {
                copyUpTo(corpus, files, scaled, target);
            }
            Path home = work.resolve("index-" + target);
            long t0 = System.nanoTime();
            IndexReport report = ZhSearch.build(scaled, home, IndexOptions.defaults(), ProgressListener.NONE);
            double secs = (System.nanoTime() - t0) / 1e9;
            List<Article> sample = RecallCheck.articles(corpus);
            Map<String, List<SearchRequest>> mix = QueryMix.build(sample, 100, 7L);
            List<SearchRequest> flat =
                    mix.values().stream().flatMap(List::stream).toList();
            try (ZhSearch zh = ZhSearch.open(home)) {
                flat.forEach(zh::search); // warm
                Latencies l = new Latencies();
                for (SearchRequest r : flat) {
                    long s = System.nanoTime();
                    zh.search(r);
                    l.add(System.nanoTime() - s);
                }
                System.gc();
                long heap =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                out.printf(
                        "%-12d %10.1f %9.1f %10.2f %10.1f %9d MB %9.3f %9.3f%n",
                        report.paragraphs(),
                        IndexBench.sizeOf(scaled) / 1e6,
                        secs,
                        report.chars() / secs / 1e6,
                        IndexBench.sizeOf(home) / 1e6,
                        heap >> 20,
                        l.percentileMs(50),
                        l.percentileMs(99));
            }
        }
    }

    /**
     * Copies whole files round-robin into copy-NNN directories until about {@code target} lines are written. A
     * {@code .txt} file without a news header gets one (a date spread over four years, source {@code copy-NNN}), so
     * date and source filters have something to select.
     */
    static void copyUpTo(Path corpus, List<Path> files, Path out, int target) throws IOException {
        long lines = 0;
        int n = 0;
        for (int copy = 0; lines < target; copy++) {
            for (Path f : files) {
                if (lines >= target) {
                    break;
                }
                String source = String.format("copy-%03d", copy);
                Path dest = out.resolve(source).resolve(corpus.relativize(f).toString());
                Files.createDirectories(dest.getParent());
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.toString().endsWith(".txt") && !text.startsWith("发布时间")) {
                    String date = java.time.LocalDate.of(2021, 1, 1)
                            .plusDays(n++ % 1460)
                            .toString();
                    text = "发布时间:" + date + " 08:00:00 来源: " + source + "\n" + text;
                }
                Files.writeString(dest, text, StandardCharsets.UTF_8);
                lines += text.lines().filter(l -> !l.isBlank()).count();
            }
        }
    }
}
