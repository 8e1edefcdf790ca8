package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.corpus.ArticleParser;

/** Totals stay exact past the point where the top-k pass stops counting (LuceneSearch.EXACT_COUNT_THRESHOLD). */
class ExactTotalsTest {
    @TempDir
    Path tmp;

    @Test
    void totalsAreExactForThousandsOfMatches() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        int articles = 30;
        int perArticle = 100;
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < perArticle; p++) {
                // every paragraph has 河流; every third also 湖泊; one in each article is 山川 only
                text.append(p == 0 ? "山川秀美，风景如画。" : p % 3 == 0 ? "河流与湖泊相连，第" + p + "段。" : "河流蜿蜒向东，第" + p + "段。")
                        .append('\n');
            }
            Files.writeString(corpus.resolve("a" + a + ".txt"), text);
        }
        ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            assertThat(zh.search(SearchRequest.of("河流")).total()).isEqualTo(articles * (perArticle - 1));
            assertThat(zh.search(SearchRequest.of("河")).total()).isEqualTo(articles * (perArticle - 1));
            assertThat(zh.search(SearchRequest.of("河流与湖泊")).total()).isEqualTo(articles * 33);
            assertThat(zh.search(SearchRequest.of("河流 -湖泊")).total()).isEqualTo(articles * (perArticle - 1 - 33));
            assertThat(zh.search(SearchRequest.of("河流").withGroup(Grouping.ARTICLE))
                            .total())
                    .isEqualTo(articles);
            var last = zh.search(SearchRequest.of("河流").withOffset(2960).withLimit(100));
            assertThat(last.hits()).hasSize(articles * (perArticle - 1) - 2960);
        }
    }

    @Test
    void singleTermTotalsBeyondThePageStayExactWithLiveDeletes() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int a = 0; a < 3; a++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 20; p++) {
                text.append(p % 2 == 0 ? "湖泊清澈见底，第" + p + "段。" : "草原辽阔无边，第" + p + "段。")
                        .append('\n');
            }
            Files.writeString(corpus.resolve("b" + a + ".txt"), text);
        }
        ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            assertThat(zh.search(SearchRequest.of("湖泊").withLimit(10)).total()).isEqualTo(30);
            assertThat(zh.search(SearchRequest.of("湖").withLimit(5).withOffset(25))
                            .hits())
                    .hasSize(5);

            // replacing an article leaves deleted documents behind: the count must skip them
            String id = zh.search(SearchRequest.of("湖泊").withLimit(1))
                    .hits()
                    .getFirst()
                    .articleId();
            zh.put(ArticleParser.parseText(id, "湖泊只剩一段。\n草原依旧。\n"));
            zh.refresh();
            assertThat(zh.search(SearchRequest.of("湖泊").withLimit(10)).total()).isEqualTo(21);
            assertThat(zh.search(SearchRequest.of("湖").withLimit(10).withOffset(10))
                            .total())
                    .isEqualTo(21);
            assertThat(zh.delete(id)).isTrue();
            zh.refresh();
            assertThat(zh.search(SearchRequest.of("湖泊").withLimit(3)).total()).isEqualTo(20);
        }
    }
}
