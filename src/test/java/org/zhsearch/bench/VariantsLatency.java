package org.zhsearch.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;

/**
 * Query-time cost of regional variants: builds {@code corpus} once, then runs the same 100 queries (each word of the
 * committed Taiwan/mainland pairs, then common words of the corpus) with variants on (a warm-up), off and on again,
 * 5 rounds each after a warm-up round, and prints the median and 90th percentile per setting and how many queries found more with them on.
 *
 * <pre>java -cp target/test-classes:target/zhsearch.jar org.zhsearch.bench.VariantsLatency /tmp/zh-dev-corpus</pre>
 */
public final class VariantsLatency {
    private static final List<String> PLAIN = List.of(
            "安装", "配置文件", "命令行", "系统管理员", "发行版", "更新", "内核模块", "用户名", "权限", "目录", "启动", "桌面环境", "邮件", "时区", "编码", "字体",
            "语言", "终端", "分区", "备份");

    private VariantsLatency() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path home = Files.createTempDirectory("zhsearch-variants-bench");
        ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        List<String> queries = queries();
        run(home, AnalysisConfig.builtIn(), queries); // warms the JVM and the page cache for both
        long[] off = run(home, AnalysisConfig.builtIn().withRegionalVariants(false), queries);
        long[] on = run(home, AnalysisConfig.builtIn(), queries);
        int more = 0;
        for (int i = 0; i < queries.size(); i++) {
            more += on[i] > off[i] ? 1 : 0;
        }
        System.out.printf("%d queries; %d found more with variants on%n", queries.size(), more);
    }

    private static List<String> queries() throws Exception {
        List<String> out = new ArrayList<>();
        Path pairs = Path.of("src/test/resources/org/zhsearch/engine/regional-pairs.txt");
        for (String line : Files.readAllLines(pairs, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#") && out.size() < 80) {
                out.addAll(List.of(line.strip().split("\t")));
            }
        }
        out.addAll(PLAIN);
        return out.subList(0, 100);
    }

    /** Prints the latencies of {@code queries} under {@code analysis}; returns each query's total. */
    private static long[] run(Path home, AnalysisConfig analysis, List<String> queries) {
        long[] totals = new long[queries.size()];
        Latencies latencies = new Latencies();
        try (ZhSearch zh = ZhSearch.open(home, analysis)) {
            for (int round = -1; round < 5; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    long start = System.nanoTime();
                    totals[i] = zh.search(SearchRequest.of(queries.get(i)).withMode(SearchMode.EXACT))
                            .total();
                    if (round >= 0) {
                        latencies.add(System.nanoTime() - start);
                    }
                }
            }
        }
        System.out.printf(
                "variants %s: median %.2f ms, p90 %.2f ms over %d searches%n",
                analysis.regionalVariants() ? "on " : "off",
                latencies.percentileMs(50),
                latencies.percentileMs(90),
                latencies.count());
        return totals;
    }
}
