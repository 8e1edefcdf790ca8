package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Limits;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/** Search semantics on {@link TestCorpus}: matching, ranking, filters, paging, grouping, highlighting, errors. */
class SearchBehaviourTest {
    @TempDir
    static Path tmp;

    static ZhSearch zh;
    static IndexReport report;

    @BeforeAll
    static void buildIndex() throws Exception {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        report = ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        zh.close();
    }

    private static SearchResult search(String q) {
        return zh.search(SearchRequest.of(q).withLimit(100));
    }

    private static List<String> texts(SearchResult r) {
        return r.hits().stream().map(Hit::text).toList();
    }

    @Test
    void buildReportCountsArticlesAndParagraphs() {
        assertThat(report.articles()).isEqualTo(3);
        // jiaoyu 7 + keji 4 + xiangcun 4 paragraphs; header, footer and editor lines are not paragraphs
        assertThat(report.paragraphs()).isEqualTo(15);
        assertThat(zh.stats().articles()).isEqualTo(3);
        assertThat(zh.stats().paragraphs()).isEqualTo(15);
    }

    @Test
    void substringInsideAWordIsFound() {
        // SmartChinese cuts 中国|特色; 国特色 is a substring of the paragraph, so it must match.
        SearchResult r = search("国特色");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().getFirst().text()).contains("中国特色社会主义");
    }

    @Test
    void charactersThatOnlyOccurScatteredDoNotMatch() {
        // 主 and 实 both occur in 主题教育走深走实, but never as 主实.
        assertThat(search("主实").total()).isZero();
    }

    @Test
    void matchesNeverCrossPunctuation() {
        // the text has 甲，乙 — not the substring 甲乙
        assertThat(search("甲乙").total()).isZero();
        assertThat(search("乙两类").total()).isEqualTo(1);
    }

    @Test
    void singleCharacterQueriesMatchEveryParagraphContainingIt() {
        assertThat(search("芯").total()).isEqualTo(2);
    }

    @Test
    void charactersBeyondTheBasicPlaneAreSearchable() {
        SearchResult r = search("𠀾字");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().getFirst().highlight()).contains("<mark>𠀾字</mark>");
    }

    @Test
    void fullWidthAndCaseAreFoldedForMatchingOnly() {
        SearchResult r = search("g20峰会");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().getFirst().text()).contains("Ｇ２０峰会");
        assertThat(r.hits().getFirst().highlight()).contains("<mark>Ｇ２０峰会</mark>");
    }

    @Test
    void latinTermsMatchWholeWordsCaseInsensitively() {
        assertThat(search("python").total()).isEqualTo(1);
        assertThat(search("pyth").total()).isZero();
    }

    @Test
    void termsAreAndedAndExclusionsRemoveParagraphs() {
        assertThat(search("主题教育").total()).isEqualTo(3);
        assertThat(search("主题教育 理论").total()).isEqualTo(1);
        assertThat(search("主题教育 -理论").total()).isEqualTo(2);
    }

    @Test
    void orMatchesEither() {
        assertThat(search("大模型 OR 乡村振兴").total()).isEqualTo(3);
    }

    @Test
    void wordAlignedMatchRanksAboveMidWordMatch() {
        // SmartChinese makes 华人 a word in 海外华人 but only part of the word 中华人民共和国; the mid-word
        // paragraph is much shorter, so plain character BM25 alone would rank it first.
        List<String> hits = texts(search("华人"));
        assertThat(hits).hasSize(2);
        assertThat(hits.getFirst()).contains("海外华人");
    }

    @Test
    void theSentenceThatExplainsLeadsAndTheRealHeadingsFollow() {
        // the length prior puts the full sentence first; both headings keep their bonus and rank next
        SearchResult r = search("主题教育");
        assertThat(r.hits().getFirst().text()).startsWith("各地坚持把主题教育同中国特色社会主义伟大实践结合起来");
        assertThat(r.hits().subList(1, 3)).extracting(Hit::role).containsOnly(org.zhsearch.api.Paragraph.HEADING);
    }

    @Test
    void dateAndSourceFilters() {
        SearchRequest chips = SearchRequest.of("芯片");
        assertThat(zh.search(chips.withDates(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)))
                        .total())
                .isEqualTo(2);
        assertThat(zh.search(chips.withDates(LocalDate.of(2024, 6, 1), null)).total())
                .isZero();
        assertThat(zh.search(SearchRequest.of("特色").withSource("sp20240301")).total())
                .isEqualTo(2);
        assertThat(zh.search(SearchRequest.of("特色").withSource("nope")).total()).isZero();
    }

    @Test
    void paginationPagesThroughAnExactTotal() {
        SearchResult all = zh.search(SearchRequest.of("的").withLimit(100));
        SearchResult page2 = zh.search(SearchRequest.of("的").withLimit(2).withOffset(2));
        assertThat(page2.total()).isEqualTo(all.total());
        assertThat(page2.hits())
                .extracting(Hit::id)
                .containsExactlyElementsOf(
                        all.hits().subList(2, 4).stream().map(Hit::id).toList());
    }

    @Test
    void groupingByArticleReturnsOneHitPerArticleWithItsMatchCount() {
        SearchResult r = zh.search(SearchRequest.of("特色").withGroup(Grouping.ARTICLE));
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.hits())
                .extracting(Hit::articleId)
                .containsExactlyInAnyOrder("news/jiaoyu.txt", "news/xiangcun.txt");
        Hit xiangcun = r.hits().stream()
                .filter(h -> h.articleId().equals("news/xiangcun.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(xiangcun.matchingParagraphs()).isEqualTo(2);
    }

    @Test
    void hitsCarryArticleMetadata() {
        Hit h = search("大模型").hits().getFirst();
        assertThat(h.articleId()).isEqualTo("news/keji.txt");
        assertThat(h.paragraph()).isEqualTo(2);
        assertThat(h.id()).isEqualTo("news/keji.txt#2");
        assertThat(h.date()).startsWith("2024-05-12");
        assertThat(h.source()).isEqualTo("sp20240512");
        assertThat(h.section()).isEqualTo("人工智能助力产业升级");
        assertThat(h.highlight()).contains("<mark>大模型</mark>");
    }

    @Test
    void articleIsReadBackWhole() {
        var a = zh.article("news/keji.txt").orElseThrow();
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(2).text()).isEqualTo("研究人员指出，甲，乙两类芯片的功耗差异明显。");
        assertThat(a.editors()).containsExactly("赵强");
        assertThat(zh.article("missing.txt")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"未闭合", "OR", "，。！", "*", "+-&&||!(){}[]^~*?:\\/", "-教育", "()"})
    void badQueriesAreReportedAsInvalidQueriesInStrictSyntax(String q) {
        assertThatThrownBy(() -> zh.search(SearchRequest.of(q).withStrictSyntax(true)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageNotContaining("org.apache.lucene");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"未闭合", "OR", "，。！", "*", "+-&&||!(){}[]^~*?:\\/", "-教育", "()", "教育 (", "教育 *"})
    void byDefaultBadQueriesAreSearchedAsTheirLiteralWordsWithANotice(String q) {
        SearchResult r = zh.search(SearchRequest.of(q));
        assertThat(r.notice()).as(q).isNotNull();
        assertThat(r.notice().problem()).isNotBlank().doesNotContain("org.apache.lucene");
        String words = r.notice().searched();
        assertThat(r.total())
                .as(q + " searched as <" + words + ">")
                .isEqualTo(
                        words.isEmpty() ? 0 : zh.search(SearchRequest.of(words)).total());
        if (q.contains("教育")) {
            assertThat(words).isEqualTo("教育");
        }
    }

    @Test
    void aQueryOverTheLimitIsRefusedWhenTheRequestIsMade() {
        assertThatThrownBy(() -> zh.search(SearchRequest.of("教".repeat(Limits.QUERY_CHARS + 1))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at most " + Limits.QUERY_CHARS);
        assertThat(zh.search(SearchRequest.of("教".repeat(Limits.QUERY_CHARS))).total())
                .isZero();
    }

    @Test
    void analyzeShowsSmartChineseWordsWithOffsets() {
        var tokens = zh.analyze("主题教育");
        assertThat(tokens).extracting(t -> t.term()).containsExactly("主题", "教育");
        assertThat(tokens.get(1).start()).isEqualTo(2);
        assertThat(tokens.get(1).end()).isEqualTo(4);
        assertThat(tokens.get(1).position()).isEqualTo(1);
    }

    @Test
    void suggestCompletesTitlesHeadingsAndWords() {
        assertThat(zh.suggest("乡村", 10)).contains("乡村振兴开新局");
        assertThat(zh.suggest("人工", 10)).contains("人工智能助力产业升级");
    }

    @Test
    void suggestContinuesAPrefixToTheWordsThatFollowItInTheText() {
        // 乡村振兴 is never a title or heading by itself, but 乡村 is followed by 振兴 in the text
        assertThat(zh.suggest("乡村", 10)).contains("乡村振兴");
        assertThat(zh.suggest("芯", 10)).contains("芯片");
        assertThat(zh.suggest("，", 10)).isEmpty();
    }
}
