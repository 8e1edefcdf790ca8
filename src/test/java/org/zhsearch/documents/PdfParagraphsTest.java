package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfParagraphsTest {
    private static final float LEFT = 60;
    private static final float RIGHT = 260;

    /** A line of a 200-point column, 10-point text on 16-point spacing: {@code indent} in em, full or ending at x1. */
    private static PdfLine line(int row, String text, float indentEm, boolean full) {
        float x1 = full ? RIGHT : LEFT + indentEm * 10 + text.length() * 10;
        return new PdfLine(text, LEFT + indentEm * 10, x1, 100 + 16 * row, 10, false);
    }

    private static List<String> texts(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::text).toList();
    }

    @Test
    void firstLineIndentsStartParagraphs() {
        List<PdfLine> lines = List.of(
                line(0, "清晨六点，茶园里已经有人在采摘头", 2, true),
                line(1, "茬春茶。", 0, false),
                line(2, "合作社把全村茶农组织起来，统一采", 2, true),
                line(3, "摘标准、统一加工、统一销售，价格", 0, true),
                line(4, "提高了三成。", 0, false));
        List<TextBlock> blocks = PdfParagraphs.blocks(List.of(new PdfParagraphs.Flow(1, lines)));
        assertThat(texts(blocks)).containsExactly("清晨六点，茶园里已经有人在采摘头茬春茶。", "合作社把全村茶农组织起来，统一采摘标准、统一加工、统一销售，价格提高了三成。");
    }

    @Test
    void aGapWiderThanTheLineSpacingStartsAParagraphEvenAfterAFullLine() {
        List<PdfLine> lines =
                new ArrayList<>(List.of(line(0, "第一段的第一行写满了整个栏宽度的", 0, true), line(1, "文字，第二行也写满了整个栏的宽度。", 0, true)));
        lines.add(new PdfLine("第二段在一个空行之后开始写满整行", LEFT, RIGHT, 100 + 16 * 2 + 12, 10, false));
        lines.add(new PdfLine("并且在这里结束。", LEFT, LEFT + 80, 100 + 16 * 3 + 12, 10, false));
        List<TextBlock> blocks = PdfParagraphs.blocks(List.of(new PdfParagraphs.Flow(1, lines)));
        assertThat(texts(blocks)).containsExactly("第一段的第一行写满了整个栏宽度的文字，第二行也写满了整个栏的宽度。", "第二段在一个空行之后开始写满整行并且在这里结束。");
    }

    @Test
    void listItemsAndLargerHeadingsAreTheirOwnBlocks() {
        List<PdfLine> lines = List.of(
                new PdfLine("三、下一步的打算", LEFT, LEFT + 112, 84, 14, false),
                line(1, "计划在三年内做好以下工作：", 0, false),
                line(2, "1. 建设县级茶叶公共加工中心，解决", 0, true),
                line(3, "设备落后的问题；", 0, false),
                line(4, "2. 培育区域公共品牌。", 0, false),
                line(5, "① 发展茶旅融合。", 0, false));
        List<TextBlock> blocks = PdfParagraphs.blocks(List.of(new PdfParagraphs.Flow(1, lines)));
        assertThat(blocks)
                .extracting(TextBlock::kind)
                .containsExactly(
                        TextBlock.Kind.HEADING,
                        TextBlock.Kind.BODY,
                        TextBlock.Kind.LIST_ITEM,
                        TextBlock.Kind.LIST_ITEM,
                        TextBlock.Kind.LIST_ITEM);
        assertThat(blocks.get(2).text()).isEqualTo("1. 建设县级茶叶公共加工中心，解决设备落后的问题；");
    }

    @Test
    void bulletsMarkListItemsAndAreDroppedAndAHangingLineContinuesItsItem() {
        List<PdfLine> lines = List.of(
                line(0, "以下是帮助你开始的极简解释，一行写满了整个栏的宽度", 0, true),
                line(1, "并且在这里结束：", 0, false),
                line(2, "\uF0B7 共享库主要用于在不同的二进制可执行程序之间共享代码，链", 1, true),
                line(3, "接机制。", 2.5f, false),
                line(4, "\uF0A7 共享库有时会提供插件。", 1, false),
                line(5, "▪ 第三项。", 1, false),
                line(6, "- 第四项。", 1, false),
                line(7, "1. 编号留在文字里。", 1, false));
        List<TextBlock> blocks = PdfParagraphs.blocks(List.of(new PdfParagraphs.Flow(1, lines)));
        assertThat(texts(blocks))
                .containsExactly(
                        "以下是帮助你开始的极简解释，一行写满了整个栏的宽度并且在这里结束：",
                        "共享库主要用于在不同的二进制可执行程序之间共享代码，链接机制。",
                        "共享库有时会提供插件。",
                        "第三项。",
                        "第四项。",
                        "1. 编号留在文字里。");
        assertThat(blocks.subList(1, 6)).extracting(TextBlock::kind).containsOnly(TextBlock.Kind.LIST_ITEM);
    }

    @Test
    void aSentenceEndingShortOfTheDocumentsColumnEndsItsParagraphInAFlowOfShortLines() {
        PdfParagraphs.Flow full = new PdfParagraphs.Flow(
                1,
                List.of(
                        line(0, "第一页的段落写满了整个栏的宽度", 0, true),
                        line(1, "第二行也写满了整个栏的宽度", 0, true),
                        line(2, "第三行还是写满了整个栏的宽度", 0, true),
                        line(3, "最后一行结束。", 0, false)));
        PdfParagraphs.Flow shortLines = new PdfParagraphs.Flow(
                2, List.of(line(0, "甲段一句写到这里就结束了。", 0, false), line(1, "乙段很短。", 0, false), line(2, "丙段也短。", 0, false)));
        List<TextBlock> blocks = PdfParagraphs.blocks(List.of(full, shortLines));
        assertThat(texts(blocks).subList(1, 4)).containsExactly("甲段一句写到这里就结束了。", "乙段很短。", "丙段也短。");
    }

    @Test
    void aBulletUnderTheOpenItemsBulletStartsAnItemAfterAFullLine() {
        List<PdfLine> lines = List.of(
                line(0, "包括：", 0, false),
                line(1, "• 构建二进制包(fakeroot debian/rules binary)", 1, true),
                line(2, "• 制作 .dsc 文件", 1, false),
                line(3, "• 制作 .changes 文件。", 1, false));
        List<TextBlock> blocks = PdfParagraphs.blocks(List.of(new PdfParagraphs.Flow(1, lines)));
        assertThat(texts(blocks))
                .containsExactly("包括：", "构建二进制包(fakeroot debian/rules binary)", "制作 .dsc 文件", "制作 .changes 文件。");
    }

    @Test
    void aParagraphRunsOnToTheNextPageAndKeepsThePageItStartsOn() {
        PdfParagraphs.Flow page1 = new PdfParagraphs.Flow(
                1,
                List.of(
                        line(0, "第一页的段落从这里开始写满", 2, true),
                        line(1, "整行而且在页末没有结束标点的", 0, true),
                        line(2, "文字继续到下一页", 0, true)));
        PdfParagraphs.Flow page2 = new PdfParagraphs.Flow(
                2, List.of(line(0, "的第一行，然后在这里结束。", 0, false), line(1, "新的段落首行缩进两个字。", 2, false)));
        List<TextBlock> blocks = PdfParagraphs.blocks(List.of(page1, page2));
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).text()).isEqualTo("第一页的段落从这里开始写满整行而且在页末没有结束标点的文字继续到下一页的第一行，然后在这里结束。");
        assertThat(blocks.get(0).page()).isEqualTo(1);
        assertThat(blocks.get(1).page()).isEqualTo(2);
    }

    @Test
    void anIndentedFirstLineOnTheNextPageStartsAParagraph() {
        PdfParagraphs.Flow page1 = new PdfParagraphs.Flow(
                1,
                List.of(line(0, "上一页的段落写满整行", 2, true), line(1, "中间一行也写满整行", 0, true), line(2, "最后一行也正好写满", 0, true)));
        PdfParagraphs.Flow page2 = new PdfParagraphs.Flow(2, List.of(line(0, "新段落缩进。", 2, false)));
        assertThat(PdfParagraphs.blocks(List.of(page1, page2))).hasSize(2);
    }

    @Test
    void boldWordsInsideAParagraphDoNotBreakItButContentsLinesAreEachABlock() {
        List<PdfLine> lines = List.of(
                line(0, "如果你的软件包对其他人有用，你可以", 0, true),
                new PdfLine("申请成为 Debian Maintainer。", LEFT, LEFT + 150, 116, 10, true),
                line(2, "1.1 社会驱动力 ........ 1", 0, true),
                line(3, "1.2 开发工具 .......... 3", 0, true));
        assertThat(texts(PdfParagraphs.blocks(List.of(new PdfParagraphs.Flow(1, lines)))))
                .containsExactly(
                        "如果你的软件包对其他人有用，你可以申请成为 Debian Maintainer。", "1.1 社会驱动力 ........ 1", "1.2 开发工具 .......... 3");
    }
}
