package org.zhsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.Article;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.Token;

/** Embeds zhsearch exactly as README "Library use" shows, on the mixed fixture corpus. */
class LibraryUseTest {
    @TempDir
    Path tmp;

    @Test
    void readmeExampleWorksOnTheMixedFixtureCorpus() {
        Path corpus = Path.of("src/test/resources/corpus/mixed");
        Path home = tmp.resolve("index");

        IndexReport report = ZhSearch.build(corpus, home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            SearchResult r = zh.search(SearchRequest.of("主题教育")
                    .withLimit(20)
                    .withDates(LocalDate.of(2023, 1, 1), null)
                    .withGroup(Grouping.PARAGRAPH));
            SearchResult q = zh.search(SearchRequest.of("如何组织主题教育调研"));
            SearchResult exactOnly = zh.search(SearchRequest.of("如何组织主题教育调研").withMode(SearchMode.EXACT));
            Optional<Article> a = zh.article("news/2024-03-01-xiangcun.txt");
            List<Token> words = zh.analyze("习近平总书记指出");

            // the binary file and the broken .jsonl line are skipped with reasons; everything else is indexed
            assertThat(report.skipped())
                    .extracting(s -> s.path())
                    .containsExactlyInAnyOrder("broken/binary.txt", "feeds/items.jsonl:2");
            assertThat(report.articles()).isEqualTo(10);
            assertThat(r.total()).isEqualTo(7);
            assertThat(r.hits()).allSatisfy((Hit h) -> assertThat(h.highlight()).contains("<mark>主题教育</mark>"));
            // the question has no exact hit; the paragraph with all its words 组织 主题 教育 调研 is related first
            assertThat(q.total()).isZero();
            assertThat(q.relaxedQuery()).isEqualTo("组织 主题 教育 调研"); // no user dictionary here: 主题教育 is two words
            assertThat(q.related().getFirst().text()).startsWith("在开展主题教育过程中，县里组织党员干部深入田间调研");
            assertThat(q.related().getFirst().matched()).containsExactly("组织", "主题", "教育", "调研");
            assertThat(exactOnly.related()).isEmpty();
            assertThat(exactOnly.total()).isEqualTo(q.total());
            assertThat(a).isPresent();
            assertThat(a.get().source()).isEqualTo("sp20240301");
            assertThat(words).extracting(Token::term).contains("总书记", "指出");
        }
    }

    @Test
    void gbkAndBig5ArticlesAreSearchableInTheirOwnScript() {
        Path home = tmp.resolve("index");
        ZhSearch.build(
                Path.of("src/test/resources/corpus/mixed"), home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            Article gbk = zh.article("news/gbk-article.txt").orElseThrow();
            Article big5 = zh.article("news/big5-article.txt").orElseThrow();
            String gbkWord = gbk.paragraphs().get(1).text().substring(0, 4);
            String big5Word = big5.paragraphs().get(1).text().substring(0, 4);
            assertThat(zh.search(SearchRequest.of(gbkWord).withSource("sp20240618"))
                            .total())
                    .isPositive();
            assertThat(zh.search(SearchRequest.of(big5Word).withSource("sp20240705"))
                            .total())
                    .isPositive();
        }
    }
}
