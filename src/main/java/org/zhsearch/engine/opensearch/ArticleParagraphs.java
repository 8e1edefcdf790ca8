package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhsearch.schema.Fields;

/** The paragraph documents of one article, read from one index (or alias) by the article's routing. */
final class ArticleParagraphs {
    /** Paragraphs read back per request for one article. */
    private static final int PAGE = 1000;

    static final List<String> SOURCE_FIELDS = List.of(
            Fields.ID,
            Fields.ARTICLE_ID,
            Fields.N,
            Fields.SECTION,
            Fields.ROLE,
            Fields.TITLE,
            Fields.SOURCE,
            Fields.DATE,
            Fields.PUBLICATION,
            Fields.PAGE,
            Fields.EDITORS,
            Fields.SOURCE_PAGE,
            Fields.TEXT,
            org.zhsearch.schema.DeclaredValues.STORED);

    private ArticleParagraphs() {}

    /** Every paragraph document of an article (with its source when {@code withSource}), in paragraph order. */
    static List<JsonNode> hits(Cluster cluster, String index, String articleId, boolean withSource) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = Cluster.JSON.createObjectNode();
            body.set("query", OpenSearchQueryMapper.term(Fields.ARTICLE_ID, articleId));
            body.put("size", PAGE);
            body.putArray("sort").addObject().put(Fields.N, "asc");
            if (withSource) {
                body.set("_source", Cluster.JSON.valueToTree(SOURCE_FIELDS));
            } else {
                body.put("_source", false);
            }
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + index + "/_search", Map.of("routing", articleId), body)
                    .path("hits")
                    .path("hits");
            hits.forEach(out::add);
            if (hits.size() < PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }
}
