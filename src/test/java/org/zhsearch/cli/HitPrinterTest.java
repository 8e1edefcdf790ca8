package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.Hit;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

class HitPrinterTest {
    private static final String HIGHLIGHT = "研发&amp;生产 &lt;一体化&gt;，<mark>量子</mark>计算&#39;新&#x4E00;代&quot;";

    @Test
    void marksBecomeAnsiColourOnATerminal() {
        String line = new HitPrinter(new PrintWriter(new StringWriter()), true).paragraph(HIGHLIGHT);

        assertThat(line).isEqualTo("研发&生产 <一体化>，\u001b[1;31m量子\u001b[0m计算'新一代\"");
    }

    @Test
    void marksDisappearInPlainOutput() {
        String line = new HitPrinter(new PrintWriter(new StringWriter()), false).paragraph(HIGHLIGHT);

        assertThat(line).isEqualTo("研发&生产 <一体化>，量子计算'新一代\"");
    }

    @Test
    void unknownEntitiesAreLeftAsTheyAre() {
        assertThat(HitPrinter.unescape("a &bogus; b &#xZZ; &amp;amp;")).isEqualTo("a &bogus; b &#xZZ; &amp;");
    }

    @Test
    void headingJoinsTitleDaySourceAndSectionSkippingMissingOnes() {
        Hit full = new Hit("a#2", "a", 2, "人才培养", "标题", "2024-05-12T08:00:00", "sp1", 1f, "t", "t", null);
        Hit bare = new Hit("b#1", "b", 1, null, "标题", null, null, 1f, "t", "t", null);

        assertThat(HitPrinter.heading(full)).isEqualTo("标题 · 2024-05-12 · sp1 · 人才培养");
        assertThat(HitPrinter.heading(bare)).isEqualTo("标题");
    }

    @Test
    void theHeadingEndsWithThePageOfTheSourceDocumentWhenTheParagraphHasOne() {
        Hit paged = new Hit(
                "r.pdf#4",
                "r.pdf",
                4,
                "经营情况",
                "年度报告",
                "2024-03-30",
                null,
                1f,
                "t",
                "t",
                null,
                "body",
                null,
                null,
                Hit.EXACT,
                null,
                12);

        assertThat(HitPrinter.heading(paged)).isEqualTo("年度报告 · 2024-03-30 · 经营情况 · p. 12");
    }

    @Test
    void aPinyinHitSaysSo() {
        StringWriter out = new StringWriter();
        Hit hit = new Hit(
                "a#1",
                "a",
                1,
                null,
                "标题",
                null,
                null,
                0.5f,
                "备份",
                "<mark>备份</mark>",
                null,
                "body",
                null,
                null,
                Hit.PINYIN);

        new HitPrinter(new PrintWriter(out), false)
                .print(SearchRequest.of("beifen"), new SearchResult("beifen", 1, 2, List.of(hit)));

        assertThat(out.toString()).contains("   a#1 · score 0.500 · matched by pinyin\n");
    }

    @Test
    void aPageBeforeTheEndPointsToTheNextOffset() {
        StringWriter out = new StringWriter();
        Hit hit = new Hit("a#1", "a", 1, null, "标题", "2024-05-12", null, 1.5f, "量子", "<mark>量子</mark>", null);

        new HitPrinter(new PrintWriter(out), false)
                .print(SearchRequest.of("量子").withLimit(1), new SearchResult("量子", 7, 3, List.of(hit)));

        assertThat(out.toString()).isEqualTo("""
                7 paragraphs for 量子, showing 1–1 (3 ms)

                1. 标题 · 2024-05-12
                   量子
                   a#1 · score 1.500

                More: --offset 1
                """);
    }

    @Test
    void relatedHitsFollowUnderALineThatSaysTheyAreNotExactAndLongParagraphsShowTheirSnippet() {
        StringWriter out = new StringWriter();
        Hit related = new Hit(
                "a#3",
                "a",
                3,
                null,
                "标题",
                null,
                null,
                2f,
                "很长的段落",
                "很长的段落",
                null,
                "body",
                "…<mark>安装</mark>新的<mark>软件包</mark>…",
                List.of("安装", "软件包"));

        new HitPrinter(new PrintWriter(out), false)
                .print(
                        SearchRequest.of("如何安装软件包"),
                        new SearchResult("如何安装软件包", 0, 4, List.of(), List.of(related), 12, "安装 软件包"));

        assertThat(out.toString()).isEqualTo("""
                No paragraph matches 如何安装软件包 (4 ms).

                Related: 12 paragraphs containing 安装 软件包 (not exact matches of 如何安装软件包)

                1. 标题
                   …安装新的软件包…
                   a#3 · score 2.000 · contains 安装 软件包

                More related: --related-offset 1
                """);
    }
}
