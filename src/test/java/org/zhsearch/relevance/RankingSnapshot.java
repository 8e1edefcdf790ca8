package org.zhsearch.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Writes the embedded engine's top 10 (exact hits, then related hits) with scores for every judged query and a few
 * query shapes the judged set lacks (pinyin, OR, exclusion, phrase, grouping), one line per hit, so a refactoring
 * that must not move ranking can be checked by diffing two runs:
 * {@code java -cp target/test-classes:target/classes:DEPS org.zhsearch.relevance.RankingSnapshot CORPUS WORKDIR OUT}.
 * Needs a corpus (the dev corpus of README "Relevance"), so it is a tool, not a unit test.
 */
final class RankingSnapshot {
    private static final List<String> EXTRA = List.of(
            "anzhuang",
            "ls",
            "cd",
            "ruanjianbao",
            "apt OR dpkg",
            "内核 -编译",
            "\"软件包 管理\"",
            "防火墙 OR iptables",
            "网络 配置 -无线",
            "如何 设置 网络",
            "dpkg 软件包");

    private RankingSnapshot() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path out = Path.of(args[2]);
        AnalysisConfig dictionaries = AnalysisConfig.in(Path.of("config"));
        if (!Files.exists(work.resolve("built"))) {
            ZhSearch.build(corpus, work, dictionaries, IndexOptions.defaults(), new ProgressListener() {});
            Files.writeString(work.resolve("built"), "");
        }
        List<String> queries = new ArrayList<>();
        JudgedQuery.load(Path.of("src/test/resources/relevance/queries.tsv")).forEach(q -> queries.add(q.query()));
        queries.addAll(EXTRA);
        List<String> lines = new ArrayList<>();
        try (ZhSearch zhsearch = ZhSearch.open(work, dictionaries)) {
            for (String q : queries) {
                for (Grouping grouping : Grouping.values()) {
                    SearchResult r;
                    try {
                        r = zhsearch.search(SearchRequest.of(q).withGroup(grouping));
                    } catch (InvalidQueryException e) {
                        lines.add(q + "\t" + grouping + "\tinvalid");
                        continue;
                    }
                    lines.add(q + "\t" + grouping + "\ttotal=" + r.total() + " related=" + r.relatedTotal());
                    for (Hit h : r.hits()) {
                        lines.add(q + "\t" + grouping + "\thit\t" + h.id() + "\t" + h.score());
                    }
                    for (Hit h : r.related()) {
                        lines.add(q + "\t" + grouping + "\trelated\t" + h.id() + "\t" + h.score());
                    }
                }
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println(queries.size() + " queries, " + lines.size() + " lines -> " + out);
    }
}
