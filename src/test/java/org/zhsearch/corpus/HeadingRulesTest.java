package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.Paragraph;

class HeadingRulesTest {

    @Test
    void shortLineWithoutFinalPunctuationIsAHeading() {
        assertThat(HeadingRules.isHeading("出台指导意见、配套措施,作出具体安排")).isTrue();
    }

    @Test
    void lineEndingInAFullStopIsNotAHeading() {
        assertThat(HeadingRules.isHeading("村里来了新书记。")).isFalse();
    }

    @Test
    void everySentenceFinalMarkEndsASentence() {
        for (String end : List.of("。", "！", "？", "!", "?", "…", "；", ";", "：", ":")) {
            assertThat(HeadingRules.isHeading("短句" + end)).as(end).isFalse();
        }
    }

    @Test
    void closingQuoteAfterAFullStopStillEndsASentence() {
        assertThat(HeadingRules.isHeading("他说：“明天见。”")).isFalse();
        assertThat(HeadingRules.isHeading("“真好！”")).isFalse();
    }

    @Test
    void lineEndingInACommaIsNotAHeading() {
        assertThat(HeadingRules.isHeading("与此同时，")).isFalse();
    }

    @Test
    void thirtyCharactersCanBeAHeadingButThirtyOneCannot() {
        String thirty = "一二三四五六七八九十".repeat(3);
        assertThat(HeadingRules.isHeading(thirty)).isTrue();
        assertThat(HeadingRules.isHeading(thirty + "一")).isFalse();
    }

    @Test
    void lineWhollyInRoundBracketsIsNotAHeading() {
        assertThat(HeadingRules.isHeading("（本报记者 王伟）")).isFalse();
    }

    @Test
    void lineWithoutLettersOrDigitsIsNotAHeading() {
        assertThat(HeadingRules.isHeading("——")).isFalse();
    }

    @Test
    void headingFirstParagraphIsTheTitle() {
        List<Paragraph> ps = List.of(new Paragraph(1, "雨后的山路", "雨后的山路"), new Paragraph(2, "雨后的山路", "正文。"));
        assertThat(HeadingRules.title(ps, "file")).isEqualTo("雨后的山路");
    }

    @Test
    void otherwiseTheTitleIsTheFirstSentence() {
        List<Paragraph> ps = List.of(new Paragraph(1, null, "春天来了！花都开了。"));
        assertThat(HeadingRules.title(ps, "file")).isEqualTo("春天来了");
    }

    @Test
    void longFirstSentenceIsCutToFortyCharactersWithAnEllipsis() {
        String sentence = "一二三四五六七八九十".repeat(5);
        String title = HeadingRules.title(List.of(new Paragraph(1, null, sentence + "。")), "file");
        assertThat(title).isEqualTo(sentence.substring(0, 40) + "…");
    }

    @Test
    void articleWithoutParagraphsIsTitledWithTheFallback() {
        assertThat(HeadingRules.title(List.of(), "空文件")).isEqualTo("空文件");
    }

    @Test
    void genericLabelsAreSkippedWhenChoosingTheTitle() {
        List<Paragraph> ps = List.of(
                new Paragraph(1, "名称", "名称"), new Paragraph(2, "名称", "tar - 归档工具"), new Paragraph(3, "描述", "描述"));
        assertThat(HeadingRules.title(ps, "tar.1.txt")).isEqualTo("tar - 归档工具");
        assertThat(HeadingRules.title(List.of(new Paragraph(1, "NAME", "NAME")), "ls.1.txt"))
                .isEqualTo("ls.1.txt");
        assertThat(HeadingRules.isGenericTitle("概述")).isTrue();
        assertThat(HeadingRules.isGenericTitle("概述与安装")).isFalse();
    }

    @Test
    void combinedLabelFormsOfTranslatedManualsAreGenericToo() {
        for (String label : List.of(
                "NAME(名称)",
                "NAME 名称",
                "NAME (名字)",
                "名称(NAME)",
                "总览 SYNOPSIS",
                "SYNOPSIS（总览）",
                "DESCRIPTION 描述",
                "描述 / DESCRIPTION",
                "名称：",
                "总揽")) {
            assertThat(HeadingRules.isGenericTitle(label)).as(label).isTrue();
        }
        for (String title : List.of("创建 CREATION", "NAME 与 名称", "名称 (tar)", "()", "-", "描述文件格式")) {
            assertThat(HeadingRules.isGenericTitle(title)).as(title).isFalse();
        }
        List<Paragraph> manPage = List.of(
                new Paragraph(1, "NAME(名称)", "NAME(名称)"),
                new Paragraph(2, "NAME(名称)", "tar - 归档工具"),
                new Paragraph(3, "总览 SYNOPSIS", "总览 SYNOPSIS"));
        assertThat(HeadingRules.title(manPage, "tar.1.txt")).isEqualTo("tar - 归档工具");
    }
}
