package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Paragraph;
import org.zhsearch.documents.ExtractedDocument;
import org.zhsearch.documents.TextBlock;

class DocumentArticlesTest {
    private static final ExtractedDocument REPORT = new ExtractedDocument(
            Map.of(
                    ExtractedDocument.TITLE, "县域公共图书馆服务年度报告",
                    ExtractedDocument.AUTHOR, "县文化馆",
                    ExtractedDocument.DATE, "2024-03-05T09:30:00",
                    ExtractedDocument.SUBJECT, "公共文化"),
            List.of(
                    new TextBlock("一、总体情况", TextBlock.Kind.HEADING, 1),
                    new TextBlock("全年接待读者十二万人次，比上年增长一成。", TextBlock.Kind.BODY, 1),
                    new TextBlock("流动借阅点增至十四个", TextBlock.Kind.LIST_ITEM, 2),
                    new TextBlock("二、存在问题", TextBlock.Kind.HEADING, 3),
                    new TextBlock("表 1 各乡镇借阅量", TextBlock.Kind.CAPTION, 3)),
            List.of());

    @Test
    void blocksBecomeParagraphsWithRolesSectionsAndPages() {
        Article a = DocumentArticles.toArticle("reports/2024.pdf", REPORT, DeclaredFields.NONE);

        assertThat(a.title()).isEqualTo("县域公共图书馆服务年度报告");
        assertThat(a.date()).isEqualTo("2024-03-05T09:30:00");
        assertThat(a.paragraphs())
                .containsExactly(
                        new Paragraph(1, "一、总体情况", "一、总体情况", Paragraph.HEADING, 1),
                        new Paragraph(2, "一、总体情况", "全年接待读者十二万人次，比上年增长一成。", Paragraph.BODY, 1),
                        new Paragraph(3, "一、总体情况", "流动借阅点增至十四个", Paragraph.LIST_ITEM, 2),
                        new Paragraph(4, "二、存在问题", "二、存在问题", Paragraph.HEADING, 3),
                        new Paragraph(5, "二、存在问题", "表 1 各乡镇借阅量", Paragraph.CAPTION, 3));
        assertThat(a.fields()).as("no field is declared").isEmpty();
    }

    @Test
    void propertiesFeedTheDeclaredFieldsOfTheirNamesOnly() {
        DeclaredFields declared = new DeclaredFields(
                List.of(new DeclaredField("author", FieldType.KEYWORD, Set.of(DeclaredField.Use.FILTER), null, 1)),
                false);

        Article a = DocumentArticles.toArticle("reports/2024.pdf", REPORT, declared);

        assertThat(a.fields()).containsExactly(Map.entry("author", "县文化馆"));
    }
}
