package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.bench.RankingEval;
import org.zhsearch.bench.RankingEval.KnownItem;
import org.zhsearch.bench.RankingEval.Metrics;
import org.zhsearch.bench.RecallCheck;

/** The known-item ranking evaluation on the mixed fixture corpus. */
class RankingEvalTest {
    @TempDir
    static Path tmp;

    static List<Article> articles;
    static ZhSearch zh;

    @BeforeAll
    static void buildIndex() {
        Path corpus = Path.of("src/test/resources/corpus/mixed");
        articles = RecallCheck.articles(corpus);
        ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        zh.close();
    }

    @Test
    void knownItemQueriesAreSeededChunksOfTheirParagraph() {
        List<KnownItem> items = RankingEval.knownItems(articles, 20, 7);
        assertThat(items).hasSize(20).isEqualTo(RankingEval.knownItems(articles, 20, 7));
        assertThat(items).allSatisfy(k -> {
            String[] chunks = k.query().split(" ");
            assertThat(chunks.length).isBetween(2, 3);
            assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isBetween(2, 4));
            assertThat(k.targets()).contains(k.target());
        });
    }

    @Test
    void everyTargetMatchesItsQueryAndRanksNearTheTop() {
        Metrics m = RankingEval.evaluate(zh, RankingEval.knownItems(articles, 20, 7));
        assertThat(m.queries()).isEqualTo(20);
        assertThat(m.inTopTen()).isEqualTo(20); // each target contains all its chunks; the fixtures are small
        // the chunks are rare, so on these small fixtures each query matches its target alone and ranks it first
        assertThat(m.ambiguous()).isZero();
        assertThat(m.atOne()).isEqualTo(20);
    }

    @Test
    void traditionalQueriesDoAsWellAsSimplifiedOnes() {
        List<KnownItem> items = RankingEval.knownItems(articles, 20, 7);
        List<KnownItem> traditional = RankingEval.traditional(items);
        assertThat(traditional)
                .extracting(KnownItem::query)
                .isNotEqualTo(items.stream().map(KnownItem::query).toList());
        assertThat(RankingEval.evaluate(zh, traditional)).isEqualTo(RankingEval.evaluate(zh, items));
    }

    @Test
    void anyChunkQueriesJoinTheChunksWithOr() {
        List<KnownItem> items = RankingEval.knownItems(articles, 5, 7);
        assertThat(RankingEval.anyChunk(items).getFirst().query())
                .isEqualTo(String.join(" OR ", items.getFirst().query().split(" ")));
    }

    @Test
    void synonymQueriesUseTheOtherForm() throws Exception {
        Path synonyms = Files.writeString(tmp.resolve("synonyms.txt"), "主题教育, 专题学习\n");
        List<KnownItem> items = RankingEval.synonymItems(articles, synonyms, 5, 7);
        assertThat(items).isNotEmpty().allSatisfy(k -> assertThat(k.query()).startsWith("专题学习 "));
        assertThat(RankingEval.evaluate(zh, items).inTopTen()).isZero(); // without the synonyms loaded
        try (ZhSearch withSynonyms = ZhSearch.open(tmp.resolve("index"), AnalysisConfig.of(null, synonyms))) {
            assertThat(RankingEval.evaluate(withSynonyms, items).inTopTen()).isEqualTo(items.size());
        }
    }
}
