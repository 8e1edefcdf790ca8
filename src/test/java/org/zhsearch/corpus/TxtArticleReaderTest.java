package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

/** The plain-text news format, through {@link ArticleParser#parseText}. */
class TxtArticleReaderTest {
    private static final String NEWS = """
            发布时间:2024-11-25 04:43:40 来源: sp20241125
            各地持续推进老旧小区改造，居民生活条件明显改善。
            加装电梯方便出行
            今年以来，全市已为三百多个单元加装了电梯。
            楼里的老人说，再也不用为爬楼发愁了。
            《 人民日报 》( 2023年10月27日 04 版)
            (责编:卫嘉、白宇)
            """;

    private static Article parse(String text) {
        return ArticleParser.parseText("news/test.txt", text);
    }

    @Test
    void headerGivesDateTimeAndSource() {
        Article a = parse(NEWS);
        assertThat(a.date()).isEqualTo("2024-11-25T04:43:40");
        assertThat(a.source()).isEqualTo("sp20241125");
    }

    @Test
    void headerWithFullWidthColonsAndExtraSpacesIsRecognised() {
        Article a = parse("发布时间 ： 2024-05-12 08:30:00   来源：sp20240512\n正文第一段。");
        assertThat(a.date()).isEqualTo("2024-05-12T08:30:00");
        assertThat(a.source()).isEqualTo("sp20240512");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("正文第一段。");
    }

    @Test
    void footerGivesPublicationAndPage() {
        Article a = parse(NEWS);
        assertThat(a.publication()).isEqualTo("人民日报");
        assertThat(a.page()).isEqualTo("04");
    }

    @Test
    void footerWithFullWidthParenthesesIsRecognised() {
        Article a = parse("正文。\n《人民日报》（2024年05月12日  07 版）");
        assertThat(a.publication()).isEqualTo("人民日报");
        assertThat(a.page()).isEqualTo("07");
    }

    @Test
    void footerDateIsUsedWhenThereIsNoHeader() {
        assertThat(parse("正文。\n《 人民日报 》( 2023年10月27日 04 版)").date()).isEqualTo("2023-10-27");
    }

    @Test
    void headerDateWinsOverFooterDate() {
        assertThat(parse(NEWS).date()).isEqualTo("2024-11-25T04:43:40");
    }

    @Test
    void editorsLineIsSplitIntoNames() {
        assertThat(parse(NEWS).editors()).containsExactly("卫嘉", "白宇");
    }

    @Test
    void editorsMayBeSeparatedByCommasSlashesOrSpaces() {
        assertThat(parse("正文。\n（责编：张伟，刘洋/陈静 赵磊）").editors()).containsExactly("张伟", "刘洋", "陈静", "赵磊");
    }

    @Test
    void metadataLinesAreNotParagraphs() {
        assertThat(parse(NEWS).paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("各地持续推进老旧小区改造，居民生活条件明显改善。", "加装电梯方便出行", "今年以来，全市已为三百多个单元加装了电梯。", "楼里的老人说，再也不用为爬楼发愁了。");
    }

    @Test
    void paragraphsAreNumberedFromOne() {
        assertThat(parse(NEWS).paragraphs()).extracting(Paragraph::n).containsExactly(1, 2, 3, 4);
    }

    @Test
    void headingIsAParagraphWhoseSectionIsItself() {
        assertThat(parse(NEWS).paragraphs().get(1)).isEqualTo(new Paragraph(2, "加装电梯方便出行", "加装电梯方便出行"));
    }

    @Test
    void paragraphsAfterAHeadingCarryItAsSection() {
        assertThat(parse(NEWS).paragraphs().subList(2, 4))
                .extracting(Paragraph::section)
                .containsOnly("加装电梯方便出行");
    }

    @Test
    void nextHeadingStartsANewSection() {
        Article a = parse("甲节\n第一段。\n乙节\n第二段。");
        assertThat(a.paragraphs()).extracting(Paragraph::section).containsExactly("甲节", "甲节", "乙节", "乙节");
    }

    @Test
    void paragraphsBeforeTheFirstHeadingHaveNoSection() {
        assertThat(parse(NEWS).paragraphs().get(0).section()).isNull();
    }

    @Test
    void titleIsTheFirstSentenceWhenTheFirstParagraphIsNotAHeading() {
        assertThat(parse(NEWS).title()).isEqualTo("各地持续推进老旧小区改造，居民生活条件明显改善");
    }

    @Test
    void titleIsTheFirstParagraphWhenItIsAHeading() {
        Article a = parse("雨后的山路\n一场春雨过后，杜鹃花开得正艳。");
        assertThat(a.title()).isEqualTo("雨后的山路");
        assertThat(a.paragraphs().get(0)).isEqualTo(new Paragraph(1, "雨后的山路", "雨后的山路"));
        assertThat(a.paragraphs().get(1).section()).isEqualTo("雨后的山路");
    }

    @Test
    void headingTitleAfterTheHeaderLineIsRecognised() {
        assertThat(parse("发布时间:2024-01-01 来源: x\n新年新气象\n正文。").title()).isEqualTo("新年新气象");
    }

    @Test
    void longFirstSentenceTitleIsCutToFortyCharacters() {
        String sentence = "第二批主题教育启动以来，多所高校结合教育教学实际，把理论学习同立德树人根本任务紧密结合起来";
        Article a = parse(sentence + "。第二句。");
        assertThat(a.title()).isEqualTo(sentence.substring(0, 40) + "…");
    }

    @Test
    void emptyArticleIsTitledWithTheFileName() {
        Article a = ArticleParser.parseText("news/2024-空白.txt", "\n  \n");
        assertThat(a.title()).isEqualTo("2024-空白");
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void paragraphsAreTrimmedIncludingFullWidthSpaces() {
        Article a = parse("\u3000\u3000段首有全角空格的段落。\u3000 \t");
        assertThat(a.paragraphs().get(0).text()).isEqualTo("段首有全角空格的段落。");
    }

    @Test
    void textInsideAParagraphIsKeptExactly() {
        String line = "他说:“iPhone15  和 G20 峰会,都是新闻。”";
        assertThat(parse(line).paragraphs().get(0).text()).isEqualTo(line);
    }

    @Test
    void plainTextWithoutHeaderOrFooterHasNoMetadata() {
        Article a = parse("第一段。\n第二段。");
        assertThat(a.date()).isNull();
        assertThat(a.source()).isNull();
        assertThat(a.publication()).isNull();
        assertThat(a.page()).isNull();
        assertThat(a.editors()).isEmpty();
    }

    @Test
    void headerIsOnlyRecognisedOnTheFirstLine() {
        Article a = parse("第一段。\n发布时间:2024-11-25 来源: sp1");
        assertThat(a.source()).isNull();
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void unparseableHeaderDateIsNull() {
        Article a = parse("发布时间:不详 来源: sp20241125\n正文。");
        assertThat(a.date()).isNull();
        assertThat(a.source()).isEqualTo("sp20241125");
    }

    @Test
    void crlfLineEndingsSplitParagraphs() {
        assertThat(parse("第一段。\r\n第二段。\r\n").paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("第一段。", "第二段。");
    }

    @Test
    void loneCrLineEndingsSplitParagraphs() {
        assertThat(parse("第一段。\r第二段。\r").paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("第一段。", "第二段。");
    }

    @Test
    void leadingByteOrderMarkIsIgnored() {
        Article a = parse("\uFEFF发布时间:2024-11-25 来源: sp1\n正文。");
        assertThat(a.source()).isEqualTo("sp1");
    }

    @Test
    void traditionalHeaderIsRecognised() {
        Article a = parse("發布時間:2024-07-05 10:20:00 來源: sp20240705\n正文。\n（責編：王小明）");
        assertThat(a.source()).isEqualTo("sp20240705");
        assertThat(a.editors()).containsExactly("王小明");
    }
}
