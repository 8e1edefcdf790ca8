package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;

/**
 * The page of the source document each paragraph starts on ({@link Paragraph#sourcePage()}): written by a put and by
 * a batch, it comes back on hits and in the article, a paragraph without one reads {@code null}, and a rebuild
 * (which replays the API writes) keeps it.
 */
final class SourcePagesContract {
    /** In every paragraph below but the heading, and nowhere in the test corpus. */
    private static final String WORD = "页码契约词";

    private SourcePagesContract() {}

    /** Runs the checks on {@code zh}, whose index a rebuild from {@code corpus} gives back; removes what it wrote. */
    static void run(ZhSearch zh, Path corpus) {
        Article report = ZhSearch.articleFromJson("pages/report.json", """
                {"title": "年度报告", "paragraphs": [
                  {"section": "第一章 概况", "text": "第一章 概况", "sourcePage": 1},
                  {"section": "第一章 概况", "text": "首页写着页码契约词。", "sourcePage": 1},
                  {"section": "第一章 概况", "text": "翻到下一页，页码契约词又出现了。", "sourcePage": "2"},
                  {"text": "这一段没有页码，也有页码契约词。"}]}""");
        Article plain = new Article(
                "pages/plain.txt",
                "没有页码的文章",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "纯文本里的页码契约词。", Paragraph.BODY)));
        Article batched = ZhSearch.articleFromJson("pages/batched.json", """
                {"paragraphs": [{"text": "批量写入的页码契约词。", "sourcePage": 7}]}""");
        try {
            assertThat(zh.put(report)).isTrue();
            assertThat(zh.put(plain)).isTrue();
            assertThat(zh.putAll(List.of(batched))).hasSize(1);
            check(zh);
            zh.rebuild(corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
            check(zh);
        } finally {
            zh.delete(report.id());
            zh.delete(plain.id());
            zh.delete(batched.id());
        }
    }

    private static void check(ZhSearch zh) {
        SearchRequest exact = SearchRequest.of(WORD).withMode(SearchMode.EXACT).withLimit(100);
        Map<String, Integer> pages = new HashMap<>();
        List<Hit> hits = zh.search(exact).hits();
        hits.forEach(h -> pages.put(h.id(), h.sourcePage()));
        assertThat(pages)
                .as("hits carry their paragraph's page, null without one")
                .containsOnlyKeys(
                        "pages/report.json#2",
                        "pages/report.json#3",
                        "pages/report.json#4",
                        "pages/plain.txt#1",
                        "pages/batched.json#1")
                .containsEntry("pages/report.json#2", 1)
                .containsEntry("pages/report.json#3", 2)
                .containsEntry("pages/report.json#4", null)
                .containsEntry("pages/plain.txt#1", null)
                .containsEntry("pages/batched.json#1", 7);
        assertThat(zh.search(exact.withGroup(Grouping.ARTICLE)).hits())
                .filteredOn(h -> h.articleId().equals("pages/batched.json"))
                .extracting(Hit::sourcePage)
                .as("a grouped hit too")
                .containsExactly(7);

        assertThat(zh.article("pages/report.json").orElseThrow().paragraphs())
                .extracting(Paragraph::n, Paragraph::sourcePage)
                .as("the article view: the heading's page too")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1),
                        org.assertj.core.groups.Tuple.tuple(2, 1),
                        org.assertj.core.groups.Tuple.tuple(3, 2),
                        org.assertj.core.groups.Tuple.tuple(4, null));
        assertThat(zh.article("pages/plain.txt").orElseThrow().paragraphs())
                .extracting(Paragraph::sourcePage)
                .containsExactly((Integer) null);
        assertThat(zh.article("pages/batched.json").orElseThrow().paragraphs())
                .extracting(Paragraph::sourcePage)
                .containsExactly(7);
    }
}
