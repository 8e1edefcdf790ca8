package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;

/** Writes, rebuilds and generation switches seen through an open {@link ZhSearch}. */
class LiveUpdatesTest {
    @TempDir
    Path tmp;

    private static Article article(String id, String... paragraphs) {
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(i + 1, null, paragraphs[i]));
        }
        return new Article(id, paragraphs[0], "2024-01-01", "test", null, null, List.of(), ps);
    }

    @Test
    void putIsSearchableAtOnceAndReplacesTheArticle() {
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            zh.put(article("a/1", "春节前后，冰雪旅游持续升温。", "哈尔滨的冰灯吸引了许多游客。"));
            assertThat(zh.search(SearchRequest.of("冰灯")).total()).isEqualTo(1);
            zh.put(article("a/1", "春节前后，冰雪旅游持续升温。"));
            assertThat(zh.search(SearchRequest.of("冰灯")).total()).isZero();
            assertThat(zh.article("a/1").orElseThrow().paragraphs()).hasSize(1);
        }
    }

    @Test
    void deleteRemovesTheArticleAndReportsMissingOnes() {
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            zh.put(article("a/2", "长江流域开展禁渔行动。"));
            assertThat(zh.suggest("长江", 5)).contains("长江流域开展禁渔行动。");
            assertThat(zh.delete("a/2")).isTrue();
            assertThat(zh.suggest("长江", 5)).isEmpty();
            assertThat(zh.search(SearchRequest.of("禁渔")).total()).isZero();
            assertThat(zh.delete("a/2")).isFalse();
        }
    }

    @Test
    void writesSurviveReopening() {
        Path index = tmp.resolve("index");
        try (ZhSearch zh = ZhSearch.open(index)) {
            zh.put(article("a/3", "黄河岸边的湿地迎来候鸟。"));
        }
        try (ZhSearch zh = ZhSearch.open(index)) {
            assertThat(zh.search(SearchRequest.of("候鸟")).total()).isEqualTo(1);
        }
    }

    @Test
    void anOpenIndexFollowsARebuildByAnotherBuilder() throws Exception {
        Path index = tmp.resolve("index");
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        try (ZhSearch zh = ZhSearch.open(index)) {
            assertThat(zh.search(SearchRequest.of("大模型")).total()).isZero();
            ZhSearch.build(corpus, index, IndexOptions.defaults(), ProgressListener.NONE);
            long deadline = System.currentTimeMillis() + 5_000;
            while (zh.search(SearchRequest.of("大模型")).total() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(zh.search(SearchRequest.of("大模型")).total()).isEqualTo(1);
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousIndexLive() throws Exception {
        Path index = tmp.resolve("index");
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        ZhSearch.build(corpus, index, IndexOptions.defaults(), ProgressListener.NONE);
        String before = java.nio.file.Files.readString(index.resolve("CURRENT"));
        // reported to the caller with its code; the live index must be untouched
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ZhSearch.build(
                        tmp.resolve("no-such-corpus"), index, IndexOptions.defaults(), ProgressListener.NONE))
                .isInstanceOf(org.zhsearch.api.ZhsearchException.class)
                .hasMessageContaining("no-such-corpus")
                .satisfies(e -> assertThat(((org.zhsearch.api.ZhsearchException) e).code())
                        .isEqualTo("corpus_not_found"));
        assertThat(java.nio.file.Files.readString(index.resolve("CURRENT"))).isEqualTo(before);
        try (ZhSearch zh = ZhSearch.open(index)) {
            assertThat(zh.search(SearchRequest.of("大模型")).total()).isEqualTo(1);
        }
    }

    @Test
    void acknowledgedWritesSurviveARebuildFromTheCorpus() throws Exception {
        Path index = tmp.resolve("index");
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        ZhSearch.build(corpus, index, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(index)) {
            zh.put(article("api/1", "通过接口写入的文章提到了雪龙号科考船。"));
            assertThat(zh.delete("news/keji.txt")).isTrue();
            String before = java.nio.file.Files.readString(index.resolve("CURRENT"));
            ZhSearch.build(corpus, index, IndexOptions.defaults(), ProgressListener.NONE);
            zh.refresh();
            assertThat(java.nio.file.Files.readString(index.resolve("CURRENT"))).isNotEqualTo(before);
            assertThat(zh.search(SearchRequest.of("雪龙号")).total()).isEqualTo(1);
            assertThat(zh.search(SearchRequest.of("大模型")).total()).isZero();
        }
        // and a fresh process sees the same
        try (ZhSearch zh = ZhSearch.open(index)) {
            assertThat(zh.article("api/1")).isPresent();
            assertThat(zh.article("news/keji.txt")).isEmpty();
        }
    }
}
