package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

class HtmlArticleReaderTest {

    private static Article parse(String html) {
        return HtmlArticleReader.parse("web/test.html", html);
    }

    private static List<String> texts(String html) {
        return parse(html).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void titleComesFromTheTitleElement() {
        assertThat(parse("<title> 城市夜经济 </title><h1>另一个标题</h1><p>正文。</p>").title())
                .isEqualTo("城市夜经济");
    }

    @Test
    void titleFallsBackToTheFirstH1() {
        assertThat(parse("<h1>夜经济观察</h1><h1>第二个</h1><p>正文。</p>").title()).isEqualTo("夜经济观察");
    }

    @Test
    void titleFallsBackToTheFirstSentenceWithoutTitleOrH1() {
        assertThat(parse("<p>夜幕降临，街上热闹起来。灯亮了。</p>").title()).isEqualTo("夜幕降临，街上热闹起来");
    }

    @Test
    void h1EqualToTheTitleIsStillAParagraph() {
        assertThat(parse("<title>夜经济</title><h1>夜经济</h1><p>正文。</p>").paragraphs())
                .containsExactly(new Paragraph(1, "夜经济", "夜经济"), new Paragraph(2, "夜经济", "正文。"));
    }

    @Test
    void headingsStartSections() {
        assertThat(parse("<p>导语。</p><h2>甲</h2><p>一。</p><h3>乙</h3><li>二</li>").paragraphs())
                .extracting(Paragraph::section)
                .containsExactly(null, "甲", "甲", "乙", "乙");
    }

    @Test
    void paragraphsAndListItemsAreParagraphsInDocumentOrder() {
        assertThat(texts("<p>第一段。</p><ul><li>甲项</li><li>乙<b>项</b></li></ul><p>第二段。</p>"))
                .containsExactly("第一段。", "甲项", "乙项", "第二段。");
    }

    @Test
    void scriptStyleAndNavAreDropped() {
        assertThat(texts("<script>var a = '脚本';</script><style>p{}</style>"
                        + "<nav><ul><li>导航</li></ul></nav><p>正文。</p><noscript><p>提示</p></noscript>"))
                .containsExactly("正文。");
    }

    @Test
    void headerAndFooterAreDropped() {
        assertThat(texts("<header><p>站点名</p></header><p>正文。</p><footer><p>版权所有</p></footer>"))
                .containsExactly("正文。");
    }

    @Test
    void emptyParagraphsAreSkipped() {
        assertThat(texts("<p>  </p><p>正文。</p><li>\u3000</li>")).containsExactly("正文。");
    }

    @Test
    void paragraphInsideAListItemIsNotRepeated() {
        assertThat(texts("<ul><li><p>项目说明。</p></li></ul>")).containsExactly("项目说明。");
    }

    @Test
    void metaDateIsRead() {
        assertThat(parse("<meta name=\"date\" content=\"2024-03-01 08:00\"><p>正文。</p>")
                        .date())
                .isEqualTo("2024-03-01T08:00:00");
    }

    @Test
    void declaredMetaCharsetIsFound() {
        byte[] html = "<html><head><meta charset=\"big5\"></head>".getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlArticleReader.declaredCharset(html)).isEqualTo(Charset.forName("Big5"));
    }

    @Test
    void declaredGbkIsWidenedToGb18030() {
        byte[] html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlArticleReader.declaredCharset(html)).isEqualTo(EncodingDetector.GB18030);
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        byte[] html = "<meta charset=\"no-such-charset\">".getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlArticleReader.declaredCharset(html)).isNull();
    }
}
