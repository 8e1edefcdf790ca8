package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.engine.DeclaredFixture;

/** {@code fields.undeclared = store}: undeclared values are kept and shown in the article, never searched. */
class UndeclaredFieldsTest {
    @TempDir
    Path dir;

    @Test
    void undeclaredValuesAreStoredUnsearched() {
        DeclaredFields fields = new DeclaredFields(
                List.of(new DeclaredField(
                        "author", FieldType.KEYWORD, EnumSet.allOf(DeclaredField.Use.class), null, 1)),
                true);
        ZhsearchConfig base = ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(ZhsearchConfig.INDEX_DIR, dir.resolve("index").toString()));
        try (ZhSearch zh = ZhSearch.open(DeclaredFixture.withFields(base, fields))) {
            zh.put(new Article(
                    "u/1",
                    "标题",
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new Paragraph(1, null, "未声明字段测试。", Paragraph.BODY)),
                    Map.of("author", "张三", "color", "红", "sizes", List.of("大", "小"))));
            Article a = zh.article("u/1").orElseThrow();
            assertThat(a.fields()).containsEntry("color", "红").containsEntry("sizes", List.of("大", "小"));
            SearchRequest q = SearchRequest.of("未声明字段").withMode(SearchMode.EXACT);
            assertThat(zh.search(q.withFilter("author", "张三")).hits().getFirst().fields())
                    .as("only declared shown fields in hits")
                    .isEqualTo(Map.of("author", "张三"));
            assertThatThrownBy(() -> zh.search(q.withFilter("color", "红")))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("color");
            assertThatThrownBy(() -> zh.put(new Article(
                            "u/2",
                            "t",
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            List.of(new Paragraph(1, null, "x", Paragraph.BODY)),
                            Map.of("color", Map.of("nested", "object")))))
                    .as("an undeclared value must still be a value or a list of values")
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("color");
        }
    }
}
