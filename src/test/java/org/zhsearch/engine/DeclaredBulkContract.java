package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;

/**
 * Declared fields written in one batch ({@link ZhSearch#putAll}): filters and facets count the batch's articles as
 * soon as it returns, a bad value refuses only its own article, and deleting them brings every count back — on the
 * index {@link DeclaredFieldsContract} built, whose counts before the batch are the fixture's.
 */
final class DeclaredBulkContract {
    private DeclaredBulkContract() {}

    static void run(ZhSearch zh) {
        SearchRequest q = SearchRequest.of(DeclaredFixture.QUERY)
                .withMode(SearchMode.EXACT)
                .withLimit(100);
        long zhang = zh.search(q.withFilter("author", "张三")).total();
        long all = zh.search(q).total();
        assertThat(zh.search(q.withFilter("tags", "批量")).total())
                .as("no article has the tag yet")
                .isZero();

        List<PutResult> results = zh.putAll(List.of(
                article("bulk/1", Map.of("author", "张三", "tags", List.of("批量"))),
                article("bulk/2", Map.of("author", "张三", "tags", List.of("批量", "第二批"))),
                article("bulk/3", Map.of("priority", "不是数字"))));

        assertThat(results)
                .extracting(PutResult::status)
                .containsExactly(PutResult.Status.CREATED, PutResult.Status.CREATED, PutResult.Status.ERROR);
        assertThat(results.get(2).message()).contains("priority");
        assertThat(zh.article("bulk/3")).isEmpty();
        assertThat(zh.search(q.withFilter("author", "张三")).total()).isEqualTo(zhang + 2);
        assertThat(zh.search(q).total()).isEqualTo(all + 2);
        assertThat(zh.search(q.withFilter("tags", "批量").withFacetNames("tags"))
                        .facets()
                        .get("tags"))
                .containsExactly(new FacetValue("批量", 2), new FacetValue("第二批", 1));

        zh.delete("bulk/1");
        zh.delete("bulk/2");
        assertThat(zh.search(q.withFilter("author", "张三")).total()).isEqualTo(zhang);
        assertThat(zh.search(q).total()).isEqualTo(all);
    }

    private static Article article(String id, Map<String, Object> fields) {
        Paragraph p = new Paragraph(1, null, "乡村新貌，批量写入。", Paragraph.BODY);
        return new Article(id, "批量文章", null, null, null, null, List.of(), List.of(p), fields);
    }
}
