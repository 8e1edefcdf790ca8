package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

class MarkdownArticleReaderTest {

    private static Article parse(String markdown) {
        return MarkdownArticleReader.parse("notes/test.md", markdown);
    }

    private static List<String> texts(String markdown) {
        return parse(markdown).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void firstHashHeadingIsTheTitleAndAHeadingParagraph() {
        Article a = parse("# 家庭阅读角\n\n正文。");
        assertThat(a.title()).isEqualTo("家庭阅读角");
        assertThat(a.paragraphs())
                .containsExactly(new Paragraph(1, "家庭阅读角", "家庭阅读角"), new Paragraph(2, "家庭阅读角", "正文。"));
    }

    @Test
    void everyHeadingLevelStartsASection() {
        Article a = parse("正文一。\n\n###### 六级标题 ##\n\n正文二。");
        assertThat(a.paragraphs()).extracting(Paragraph::section).containsExactly(null, "六级标题", "六级标题");
    }

    @Test
    void setextHeadingIsAHeading() {
        assertThat(parse("选址与布置\n-----\n\n正文。").paragraphs().get(0)).isEqualTo(new Paragraph(1, "选址与布置", "选址与布置"));
    }

    @Test
    void titleIsTheFirstSentenceWhenTheArticleDoesNotStartWithAHeading() {
        assertThat(parse("春天来了。花开了。\n\n# 后面的标题").title()).isEqualTo("春天来了");
    }

    @Test
    void emphasisMarkersAreStripped() {
        assertThat(texts("这是**加粗**和*斜体*，还有 __下划线__ 与 ~~删除~~。")).containsExactly("这是加粗和斜体，还有 下划线 与 删除。");
    }

    @Test
    void intrawordUnderscoresAndLoneAsterisksAreKept() {
        assertThat(texts("变量 file_name_here 等于 2 * 3。")).containsExactly("变量 file_name_here 等于 2 * 3。");
    }

    @Test
    void inlineCodeKeepsItsTextWithoutBackticks() {
        assertThat(texts("使用 `reading-log.csv` 和 `a*b*c` 文件。")).containsExactly("使用 reading-log.csv 和 a*b*c 文件。");
    }

    @Test
    void linksKeepTheirTextAndImagesAreDropped() {
        assertThat(texts("参考[阅读网站](https://example.org/a_b)。![照片](p.jpg)")).containsExactly("参考阅读网站。");
    }

    @Test
    void lineWithOnlyAnImageIsNoParagraph() {
        assertThat(texts("正文。\n\n![照片](photo.jpg)")).containsExactly("正文。");
    }

    @Test
    void listMarkersAreStrippedAndEachItemIsAParagraph() {
        assertThat(texts("- 第一项\n* 第二项\n+ 第三项\n1. 第四项\n2) 第五项")).containsExactly("第一项", "第二项", "第三项", "第四项", "第五项");
    }

    @Test
    void blockquoteMarkerIsStripped() {
        assertThat(texts("> 小提示：书不必多。")).containsExactly("小提示：书不必多。");
    }

    @Test
    void fencedCodeBlocksAreDropped() {
        assertThat(texts("前文。\n\n```java\nint x = 1;\n```\n\n~~~\n代码\n~~~\n后文。"))
                .containsExactly("前文。", "后文。");
    }

    @Test
    void htmlTagsAreStripped() {
        assertThat(texts("这是<b>重点</b>内容。<br/>\n\n<div align=\"center\">\n居中文字\n</div>"))
                .containsExactly("这是重点内容。", "居中文字");
    }

    @Test
    void cjkLinesOfOneParagraphAreJoinedWithoutASpace() {
        assertThat(texts("第一行文字，\n第二行文字。")).containsExactly("第一行文字，第二行文字。");
    }

    @Test
    void latinLinesOfOneParagraphAreJoinedWithASpace() {
        assertThat(texts("Lucene is\na search library.")).containsExactly("Lucene is a search library.");
    }

    @Test
    void blankLineSeparatesParagraphs() {
        assertThat(texts("第一段。\n\n第二段。")).containsExactly("第一段。", "第二段。");
    }

    @Test
    void thematicBreaksAndLinkDefinitionsAreDropped() {
        assertThat(texts("第一段。\n\n***\n\n[ref]: https://example.org\n第二段。")).containsExactly("第一段。", "第二段。");
    }

    @Test
    void tableRowsBecomeParagraphsOfCells() {
        assertThat(texts("| 日期 | 分钟 |\n|---|---:|\n| 周一 | 30 |")).containsExactly("日期 分钟", "周一 30");
    }

    @Test
    @Timeout(5)
    void longLineOfUnmatchedMarkupIsStrippedQuickly() {
        String line = "*a [b <d _e ~~f ".repeat(5_000);
        // 80 000 characters: split into paragraphs at spaces (LongParagraphs), nothing lost
        assertThat(String.join(" ", texts(line))).isEqualTo(Texts.trim(line));
    }

    @Test
    void doubleBacktickCodeSpanMayContainABacktick() {
        assertThat(texts("运行 ``echo `date` `` 命令。")).containsExactly("运行 echo `date` 命令。");
    }

    @Test
    void nestedEmphasisIsStripped() {
        assertThat(texts("**重点 *强调* 内容**")).containsExactly("重点 强调 内容");
    }

    @Test
    void backslashEscapesAreResolved() {
        assertThat(texts("星号\\*不是强调\\*。")).containsExactly("星号*不是强调*。");
    }
}
