package org.zhsearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.config.ZhsearchConfig;

/**
 * The embedded engine against an OpenSearch cluster, in one run: the whole build of a corpus, then the benchmark's
 * query mix through our HTTP API (wrk at 1 and 8 connections, after warm-up), on each engine in turn.
 * With a paragraph count, the corpus is first copied up to that size ({@link ScalingBench#copyUpTo}, into
 * {@code /tmp/zhsearch-scale/corpus-N}, reused when present) and the query mix is drawn from the original corpus.
 * <pre>java --add-modules jdk.incubator.vector -cp target/test-classes:target/zhsearch.jar \
 *     org.zhsearch.bench.EngineHttpBench CORPUS URLS [paragraphs]</pre>
 */
public final class EngineHttpBench {
    private EngineHttpBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: EngineHttpBench CORPUS_DIR URLS [paragraphs]");
        }
        Path source = Path.of(args[0]);
        List<Article> articles = RecallCheck.articles(source);
        Path corpus = source;
        if (args.length > 2) {
            corpus = Path.of("/tmp/zhsearch-scale/corpus-" + args[2]);
            if (!Files.isDirectory(corpus)) {
                List<Path> files;
                try (var s = Files.walk(source)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                ScalingBench.copyUpTo(source, files, corpus, Integer.parseInt(args[2]));
            }
        }
        List<SearchRequest> mix = QueryMix.build(articles, 300, 20261126L).values().stream()
                .flatMap(List::stream)
                .toList();
        ZhsearchConfig embedded = ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.INDEX_DIR,
                        Files.createTempDirectory("zhsearch-http-bench").toString()));
        ZhsearchConfig opensearch = ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        args[1],
                        ZhsearchConfig.OS_INDEX,
                        "http-bench"));
        for (ZhsearchConfig config : List.of(embedded, opensearch)) {
            System.out.println();
            System.out.println("## " + config.backend().name());
            long t0 = System.nanoTime();
            var report = ZhSearch.build(config, corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
            System.out.printf("build: %,d paragraphs in %.1f s%n", report.paragraphs(), (System.nanoTime() - t0) / 1e9);
            try (ZhSearch zh = ZhSearch.open(config)) {
                HttpBench.run(zh, mix, System.out);
            }
        }
    }
}
