package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

/** JSON articles, through {@link ArticleParser#parseJson}. */
class JsonArticleParserTest {

    @Test
    void allFieldsAreRead() {
        Article a = ArticleParser.parseJson("fallback", """
                {"id": "a1", "title": "春茶开采", "date": "2024年4月2日", "source": "sp20240402",
                 "publication": "人民日报", "page": 10, "editors": ["周丽", "王芳"],
                 "paragraphs": ["清明前后，茶山忙碌起来。"]}
                """);
        assertThat(a)
                .isEqualTo(new Article(
                        "a1",
                        "春茶开采",
                        "2024-04-02",
                        "sp20240402",
                        "人民日报",
                        "10",
                        java.util.List.of("周丽", "王芳"),
                        java.util.List.of(new Paragraph(1, null, "清明前后，茶山忙碌起来。"))));
    }

    @Test
    void paragraphObjectsGiveTheirSection() {
        Article a = ArticleParser.parseJson("x", """
                {"paragraphs": [{"section": "茶农增收", "text": "茶农增收"}, {"section": "茶农增收", "text": "收入提高。"}]}
                """);
        assertThat(a.paragraphs()).containsExactly(new Paragraph(1, "茶农增收", "茶农增收"), new Paragraph(2, "茶农增收", "收入提高。"));
    }

    @Test
    void stringParagraphsHaveNoSection() {
        Article a = ArticleParser.parseJson("x", "{\"paragraphs\": [{\"section\": \"甲\", \"text\": \"甲\"}, \"正文。\"]}");
        assertThat(a.paragraphs().get(1).section()).isNull();
    }

    @Test
    void blankParagraphsAreDroppedAndTextTrimmed() {
        Article a = ArticleParser.parseJson("x", "{\"paragraphs\": [\"  \", \"\\u3000正文。 \"]}");
        assertThat(a.paragraphs()).containsExactly(new Paragraph(1, null, "正文。"));
    }

    @Test
    void missingIdUsesTheFallback() {
        assertThat(ArticleParser.parseJson("feeds/a.jsonl#3", "{\"paragraphs\": [\"正文。\"]}")
                        .id())
                .isEqualTo("feeds/a.jsonl#3");
    }

    @Test
    void blankIdUsesTheFallback() {
        assertThat(ArticleParser.parseJson("fb", "{\"id\": \" \", \"paragraphs\": [\"正文。\"]}")
                        .id())
                .isEqualTo("fb");
    }

    @Test
    void missingTitleFollowsTheTitleRule() {
        assertThat(ArticleParser.parseJson("x", "{\"paragraphs\": [\"社区食堂开业了。老人们很高兴。\"]}")
                        .title())
                .isEqualTo("社区食堂开业了");
    }

    @Test
    void anUnparseableDateIsDroppedInACorpusLineButRefusedInAnApiWrite() {
        String json = "{\"date\": \"某天\", \"paragraphs\": [\"正文。\"]}";
        assertThat(JsonArticleParser.parse("x", json).date()).isNull();
        assertThat(JsonArticleParser.parse("x", json).paragraphs()).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArticleParser.parseJson("x", json))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageContaining("某天");
    }

    @Test
    void editorsMayBeOneString() {
        assertThat(ArticleParser.parseJson("x", "{\"editors\": \"卫嘉、白宇\", \"paragraphs\": [\"正文。\"]}")
                        .editors())
                .containsExactly("卫嘉", "白宇");
    }

    @Test
    void invalidJsonIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", "{\"paragraphs\": [\"未闭合"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("invalid JSON at line 1, column");
    }

    @Test
    void trailingGarbageIsRejected() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", "{\"paragraphs\": [\"正文。\"]} 多余"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("invalid JSON");
    }

    @Test
    void missingParagraphsIsRejected() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", "{\"title\": \"只有标题\"}"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("missing \"paragraphs\"");
    }

    @Test
    void emptyParagraphsIsRejected() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", "{\"paragraphs\": [\" \"]}"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageContaining("no non-blank text");
    }

    @Test
    void nonObjectIsRejected() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", "[\"正文。\"]"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageContaining("must be a JSON object, got an array");
    }

    @Test
    void emptyInputIsRejected() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", " "))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("empty JSON");
    }

    @Test
    void paragraphObjectWithoutTextIsRejected() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", "{\"paragraphs\": [\"a\", {\"section\": \"s\"}]}"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage("paragraphs[1] has no \"text\"");
    }

    @Test
    void paragraphObjectsMayGiveTheirSourcePageAsANumberOrDigits() {
        Article a = ArticleParser.parseJson("x", """
                {"paragraphs": [{"section": "年报", "text": "年报", "sourcePage": 1},
                                {"section": "年报", "text": "营业收入稳步增长。", "sourcePage": " 12 "},
                                {"text": "附注另起一页。", "sourcePage": null},
                                "没有页码的字符串段落。"]}
                """);
        assertThat(a.paragraphs())
                .containsExactly(
                        new Paragraph(1, "年报", "年报", Paragraph.HEADING, 1),
                        new Paragraph(2, "年报", "营业收入稳步增长。", Paragraph.BODY, 12),
                        new Paragraph(3, null, "附注另起一页。", Paragraph.BODY, null),
                        new Paragraph(4, null, "没有页码的字符串段落。", Paragraph.BODY, null));
    }

    @Test
    void everyPieceOfAnOverlongParagraphKeepsItsPage() {
        String text = "这是一句很长的说明文字。".repeat(2000); // 24 000 characters: cut into pieces
        Article a = ArticleParser.parseJson("x", "{\"paragraphs\": [{\"text\": \"" + text + "\", \"sourcePage\": 4}]}");
        assertThat(a.paragraphs())
                .hasSizeGreaterThan(1)
                .extracting(Paragraph::sourcePage)
                .containsOnly(4);
    }

    @Test
    void aSourcePageThatIsNotAPageNumberIsRejectedNamingTheParagraph() {
        for (String bad : java.util.List.of("0", "-1", "2.5", "\"三\"", "\"\"", "true", "{}", "12345678901")) {
            String json = "{\"paragraphs\": [\"a\", {\"text\": \"b\", \"sourcePage\": " + bad + "}]}";
            assertThatThrownBy(() -> ArticleParser.parseJson("x", json))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            CorpusFormatException.class,
                            e -> assertThat(e.code()).isEqualTo("invalid_article"))
                    .hasMessageStartingWith("paragraphs[1] \"sourcePage\" must be a page number from 1, got ");
        }
        assertThatThrownBy(
                        () -> ArticleParser.parseJson("x", "{\"paragraphs\": [{\"text\": \"b\", \"sourcePage\": -3}]}"))
                .hasMessage("paragraphs[0] \"sourcePage\" must be a page number from 1, got a number -3");
    }

    @Test
    void titleOfTheWrongTypeIsRejected() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", "{\"title\": [1], \"paragraphs\": [\"a\"]}"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage("\"title\" must be a string, got an array");
    }

    @Test
    void formatErrorsCarryTheInvalidArticleCode() {
        assertThatThrownBy(() -> ArticleParser.parseJson("x", "{}"))
                .isInstanceOfSatisfying(
                        CorpusFormatException.class, e -> assertThat(e.code()).isEqualTo("invalid_article"));
    }
}
