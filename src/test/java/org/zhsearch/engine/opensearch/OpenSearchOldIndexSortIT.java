package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.Hit;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchSort;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.schema.Fields;

/**
 * An index built before the {@code dateTime} sort field, on the 3-node test cluster: its strict mapping refuses the
 * field until zhsearch opens it and adds the field, so writes keep working; a paragraph indexed without the field
 * sorts as at its day's midnight. The same for {@code sourcePage}: paragraphs indexed without it read none.
 */
class OpenSearchOldIndexSortIT {
    private final OpenSearchCluster cluster = OpenSearchCluster.shared();
    private final String alias = "old-sort-it-" + System.nanoTime();
    private ZhSearch zh;

    @AfterEach
    void close() {
        if (zh != null) {
            zh.close();
        }
        cluster.request("DELETE", "/" + alias + "-*", null);
    }

    @Test
    void anIndexBuiltBeforeDateTimeTakesWritesAndSortsItsOldParagraphsAsAtMidnight() {
        ObjectNode old = IndexSchema.create(3, 1);
        ((ObjectNode) old.path("mappings").path("properties")).remove(Fields.DATE_TIME);
        cluster.request("PUT", "/" + alias + "-old", old.toString());
        cluster.request(
                "POST",
                "/_aliases",
                "{\"actions\":[{\"add\":{\"index\":\"" + alias + "-old\",\"alias\":\"" + alias + "\"}}]}");
        assertThat(cluster.request("PUT", "/" + alias + "/_doc/probe?refresh=true", "{\"dateTime\": 1}"))
                .as("the old strict mapping refuses the field")
                .contains("strict_dynamic_mapping_exception");
        String text = "旧索引排序：码头的渡轮按时刻开出。";
        // z-old as an earlier version wrote it: its day, no dateTime (routed by article id, as zhsearch routes)
        Article zOld = article("z-old.txt", "2024-11-25T23:00:00", text);
        ObjectNode doc = ParagraphJson.of(zOld, zOld.paragraphs().getFirst(), Analysis.builtIn());
        doc.remove(Fields.DATE_TIME);
        assertThat(cluster.request(
                        "PUT",
                        "/" + alias + "/_doc/" + ParagraphJson.docId("z-old.txt", 1)
                                + "?routing=z-old.txt&refresh=true",
                        doc.toString()))
                .contains("\"created\"");

        zh = ZhSearch.open(ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        String.join(",", cluster.urls()),
                        ZhsearchConfig.OS_INDEX,
                        alias)));
        assertThat(cluster.request("GET", "/" + alias + "/_mapping", null)).contains("\"" + Fields.DATE_TIME + "\"");
        // same text (equal scores); ids against the times, so neither a day-only order nor the id tie-break passes
        zh.put(article("a-10h.txt", "2024-11-25T10:00:00", text));
        zh.put(article("b-09h.txt", "2024-11-25T09:00:00", text));
        zh.put(article("y-undated.txt", null, text));

        SearchRequest q = SearchRequest.of("渡轮按时刻").withMode(SearchMode.EXACT);
        assertThat(zh.search(q.withSort(SearchSort.DATE)).hits())
                .extracting(Hit::articleId)
                .containsExactly("z-old.txt", "b-09h.txt", "a-10h.txt", "y-undated.txt");
        assertThat(zh.search(q.withSort(SearchSort.DATE_DESC)).hits())
                .extracting(Hit::articleId)
                .containsExactly("a-10h.txt", "b-09h.txt", "z-old.txt", "y-undated.txt");
    }

    @Test
    void anIndexBuiltBeforeSourcePagesReadsItsParagraphsWithoutOneAndTakesWritesWithOne() {
        ObjectNode old = IndexSchema.create(3, 1);
        ((ObjectNode) old.path("mappings").path("properties")).remove(Fields.SOURCE_PAGE);
        cluster.request("PUT", "/" + alias + "-old", old.toString());
        cluster.request(
                "POST",
                "/_aliases",
                "{\"actions\":[{\"add\":{\"index\":\"" + alias + "-old\",\"alias\":\"" + alias + "\"}}]}");
        Article before = article("before.txt", null, "旧索引页码：灯塔在岬角上。");
        ObjectNode doc = ParagraphJson.of(before, before.paragraphs().getFirst(), Analysis.builtIn());
        assertThat(cluster.request(
                        "PUT",
                        // the id's '#' percent-encoded, or it would start the URL's fragment and drop the routing
                        "/" + alias + "/_doc/"
                                + ParagraphJson.docId("before.txt", 1).replace("#", "%23")
                                + "?routing=before.txt&refresh=true",
                        doc.toString()))
                .contains("\"created\"");

        zh = ZhSearch.open(ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        String.join(",", cluster.urls()),
                        ZhsearchConfig.OS_INDEX,
                        alias)));
        zh.put(new Article(
                "paged.pdf",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "旧索引页码：新写的灯塔段落。", Paragraph.BODY, 8))));

        assertThat(zh.search(SearchRequest.of("旧索引页码").withMode(SearchMode.EXACT))
                        .hits())
                .extracting(Hit::articleId, Hit::sourcePage)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("before.txt", null),
                        org.assertj.core.groups.Tuple.tuple("paged.pdf", 8));
        assertThat(zh.article("before.txt")
                        .orElseThrow()
                        .paragraphs()
                        .getFirst()
                        .sourcePage())
                .isNull();
        assertThat(zh.article("paged.pdf").orElseThrow().paragraphs().getFirst().sourcePage())
                .isEqualTo(8);
    }

    private static Article article(String id, String date, String text) {
        return new Article(id, null, date, null, null, null, List.of(), List.of(new Paragraph(1, null, text)));
    }
}
