package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.Paragraph;

class ParagraphRolesTest {
    private static List<String> roles(String... lines) {
        return ParagraphRoles.of(List.of(lines));
    }

    @Test
    void aShortLineBeforeBodyTextIsAHeadingAndTheFirstLineIsTheTitleHeading() {
        assertThat(roles("山区的春耕", "这是导语，交代了时间和地点。", "春耕开始", "清晨，村民们赶着耕牛下地，田埂上一片忙碌。"))
                .containsExactly(Paragraph.HEADING, Paragraph.BODY, Paragraph.HEADING, Paragraph.BODY);
        assertThat(roles("标题", "小节标题", "这一节讲的是正文内容，句子以句号结束。"))
                .containsExactly(Paragraph.HEADING, Paragraph.HEADING, Paragraph.BODY);
    }

    @Test
    void shortLinesInARunAreListItemsButShortLabelsStayHeadings() {
        assertThat(roles("标题", "准备工作如下：", "检查电源是否接好", "确认网线已经插上", "打开路由器的开关", "然后再开始配置。"))
                .containsExactly(
                        Paragraph.HEADING,
                        Paragraph.BODY,
                        Paragraph.LIST_ITEM,
                        Paragraph.LIST_ITEM,
                        Paragraph.LIST_ITEM,
                        Paragraph.BODY);
        assertThat(roles("ls - 列出目录内容", "总览", "描述", "列出目录中的文件，默认按名称排序。"))
                .containsExactly(Paragraph.HEADING, Paragraph.HEADING, Paragraph.HEADING, Paragraph.BODY);
    }

    @Test
    void aShortLineWithNoBodyAfterItIsNotAHeading() {
        assertThat(roles("标题", "这里是一句完整的正文。", "最后一行短句"))
                .containsExactly(Paragraph.HEADING, Paragraph.BODY, Paragraph.LIST_ITEM);
    }

    @Test
    void numberedHeadingsIncludingQuestionsAreHeadings() {
        assertThat(roles("第 3 章 网络设置", "3.1. 网络接口", "3.2 如何设置静态地址？", "附录 A 参考资料"))
                .containsOnly(Paragraph.HEADING);
    }

    @Test
    void captionsAndTheTableRowsAfterThemUntilASentence() {
        assertThat(roles("表 4.2. 常用工具", "工具 用途", "ping 测试连通性", "ssh 远程登录", "上面这些工具都在基本系统中。"))
                .containsExactly(
                        Paragraph.CAPTION,
                        Paragraph.TABLE_ROW,
                        Paragraph.TABLE_ROW,
                        Paragraph.TABLE_ROW,
                        Paragraph.BODY);
    }

    @Test
    void optionLinesAndLinesWithoutChineseAreCode() {
        assertThat(roles("标题", "-v, --verbose 显示详细信息", "$ sudo apt update", "http://deb.debian.org/debian/"))
                .containsExactly(Paragraph.HEADING, Paragraph.CODE, Paragraph.CODE, Paragraph.CODE);
    }

    @Test
    void bulletedLinesAreListItems() {
        assertThat(roles("标题", "• 第一项内容，说明比较长。", "- 第二项"))
                .containsExactly(Paragraph.HEADING, Paragraph.LIST_ITEM, Paragraph.LIST_ITEM);
    }
}
