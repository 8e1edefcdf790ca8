package org.zhsearch.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;

/**
 * How long a generation switch holds up writers: N articles written through the API (a journal of several MB),
 * then a writer thread PUTting continuously while a rebuild is built and switched to; prints the PUT latencies
 * (median, 99th percentile, maximum) before and during the switch and the journal size before and after.
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.reliability.SwitchLatencyCheck WORK [N=3000]</pre>
 */
public final class SwitchLatencyCheck {
    private SwitchLatencyCheck() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("base.txt"), "基础\n语料里的正文。\n");
        Path home = work.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            String body = "接口写入的文章正文，用来让写入日志足够大。".repeat(40);
            for (int i = 0; i < n; i++) {
                zh.put(article("api/" + i + ".txt", body + i));
            }
            long journalBefore = Files.size(home.resolve("journal.jsonl"));
            List<Long> quiet = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                quiet.add(timedPut(zh, i));
            }
            List<Long> during = new ArrayList<>();
            AtomicBoolean switching = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                int i = 0;
                while (switching.get()) {
                    during.add(timedPut(zh, i++ % 100));
                }
            });
            writer.start();
            long start = System.nanoTime();
            ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
            zh.refresh();
            long switchMs = (System.nanoTime() - start) / 1_000_000;
            switching.set(false);
            writer.join();
            System.out.printf(
                    Locale.ROOT,
                    "%d API articles, journal %.1f MB -> %.1f MB after the switch%n",
                    n,
                    journalBefore / 1e6,
                    Files.size(home.resolve("journal.jsonl")) / 1e6);
            System.out.printf(Locale.ROOT, "PUT quiet:        %s%n", describe(quiet));
            System.out.printf(Locale.ROOT, "PUT during build+switch (%d ms): %s%n", switchMs, describe(during));
        }
    }

    private static Article article(String id, String text) {
        return new Article(id, "标题", null, null, null, null, List.of(), List.of(new Paragraph(1, null, text)));
    }

    private static long timedPut(ZhSearch zh, int i) {
        long t = System.nanoTime();
        zh.put(article("api/hot" + i + ".txt", "热点文章第" + i + "篇。"));
        return System.nanoTime() - t;
    }

    private static String describe(List<Long> nanos) {
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "n=%d p50 %.1f ms p99 %.1f ms max %.1f ms",
                s.length,
                s[s.length / 2] / 1e6,
                s[Math.min(s.length - 1, s.length * 99 / 100)] / 1e6,
                s[s.length - 1] / 1e6);
    }
}
