package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfRunningTextTest {
    @Test
    void pageNumbersInTheUsualStylesAreRecognised() {
        for (String n : new String[] {
            "3",
            "- 3 -",
            "— 12 —",
            "· 7 ·",
            "第 3 页",
            "第3页 共12页",
            "第三页",
            "3 / 12",
            "Page 3",
            "page 3 of 12",
            "iv",
            "XII",
            "- ix -",
            "(3)",
            "共12页 第3页"
        }) {
            assertThat(PdfRunningText.isPageNumber(n)).as(n).isTrue();
        }
    }

    @Test
    void textThatOnlyLooksNumericIsNoPageNumber() {
        for (String t :
                new String[] {"2024年", "第3章 概述", "一、总体要求", "3.5 亿元", "mix", "did", "Pages", "12345", "见第 3 页表格", "ABC"
                }) {
            assertThat(PdfRunningText.isPageNumber(t)).as(t).isFalse();
        }
    }

    @Test
    void anEdgeLineRepeatingOnTwoPagesIsRunningOnceDigitsAreIgnored() {
        PdfRunningText running = new PdfRunningText();
        PdfLine head3 = line("乡村振兴观察 第3期", 8);
        PdfLine head4 = line("乡村振兴观察 第4期", 8);
        PdfLine once = line("内部资料 注意保存", 8);
        running.sawEdgeLine(3, head3);
        running.sawEdgeLine(4, head4);
        running.sawEdgeLine(1, once);
        assertThat(running.isRunning(head3)).isTrue();
        assertThat(running.isRunning(head4)).isTrue();
        assertThat(running.isRunning(once)).isFalse();
        assertThat(running.isRunning(line("- 9 -", 8))).isTrue();
    }

    @Test
    void romanPageNumbersInARunningHeadAreIgnoredLikeDigits() {
        PdfRunningText running = new PdfRunningText();
        running.sawEdgeLine(2, line("Debian 新维护者手册 ii", 9));
        running.sawEdgeLine(4, line("Debian 新维护者手册 iv", 9));
        assertThat(running.isRunning(line("Debian 新维护者手册 ii", 9))).isTrue();
        assertThat(PdfRunningText.key("Debian 手册 xii")).isEqualTo("Debian手册#");
        assertThat(PdfRunningText.key("Guide 手册 3")).isEqualTo("Guide手册#");
    }

    @Test
    void aLargeTitleIsNotTheSmallRunningHeadThatRepeatsIt() {
        PdfRunningText running = new PdfRunningText();
        PdfLine title = line("数据要素市场研究报告", 18);
        running.sawEdgeLine(1, title);
        for (int page = 1; page <= 3; page++) {
            running.sawEdgeLine(page, line("数据要素市场研究报告", 8));
        }
        assertThat(running.isRunning(title)).isFalse();
        assertThat(running.isRunning(line("数据要素市场研究报告", 8))).isTrue();
    }

    @Test
    void theEdgeBandsAreTheOuterTenthOfThePage() {
        assertThat(PdfRunningText.inEdgeBand(30, 842)).isTrue();
        assertThat(PdfRunningText.inEdgeBand(820, 842)).isTrue();
        assertThat(PdfRunningText.inEdgeBand(400, 842)).isFalse();
    }

    private static PdfLine line(String text, float size) {
        return new PdfLine(text, 60, 200, 40, size, false);
    }
}
