package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhsearch.server.TestServer.TOKEN;
import static org.zhsearch.server.TestServer.articlePath;
import static org.zhsearch.server.TestServer.bearer;
import static org.zhsearch.server.TestServer.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredField.Use;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FacetRange;
import org.zhsearch.api.FieldType;

/** Declared fields over HTTP: PUT bodies with {@code "fields"}, {@code filter.<name>=}, facets, sort, 400s. */
class DeclaredFieldsApiTest {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        DeclaredFields fields = new DeclaredFields(
                List.of(
                        new DeclaredField("author", FieldType.KEYWORD, EnumSet.allOf(Use.class), "作者", 1),
                        new DeclaredField(
                                "tags", FieldType.KEYWORDS, EnumSet.of(Use.FILTER, Use.FACET, Use.SHOW), "标签", 1),
                        new DeclaredField("priority", FieldType.NUMBER, EnumSet.allOf(Use.class), "优先级", 1),
                        new DeclaredField("published", FieldType.DATE, EnumSet.allOf(Use.class), null, 1),
                        new DeclaredField(
                                "level",
                                FieldType.NUMBER,
                                EnumSet.of(Use.FILTER, Use.FACET),
                                null,
                                1,
                                50,
                                FacetRange.parse(FieldType.NUMBER, "..2, 2.."))),
                false);
        server = TestServer.start(dir, TOKEN, List.of(), UnaryOperator.identity(), fields);
        put(
                "f/1",
                "{\"title\":\"一\",\"paragraphs\":[\"声明字段测试甲。\"],\"fields\":{\"author\":\"张三\","
                        + "\"tags\":[\"政策\",\"乡村\"],\"priority\":3,\"published\":\"2024-05-01\"}}");
        put(
                "f/2",
                "{\"title\":\"二\",\"paragraphs\":[\"声明字段测试乙。\"],\"fields\":{\"author\":\"李四\","
                        + "\"tags\":[\"政策\"],\"priority\":1.5}}");
        put("f/3", "{\"title\":\"三\",\"paragraphs\":[\"声明字段测试丙。\"]}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> put(String id, String body) {
        HttpResponse<String> r = server.send(
                "PUT", articlePath(id), body, "Content-Type", "application/json", "Authorization", bearer(TOKEN));
        return r;
    }

    private static JsonNode get(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return server.json(r);
    }

    private static List<String> ids(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("articleId").asText()));
        return out;
    }

    @Test
    void filtersFacetsAndSortsByDeclaredFields() {
        String q = "声明字段";
        assertThat(get(search(q, "mode=exact")).get("total").asLong()).isEqualTo(3);
        assertThat(ids(get(search(q, "filter.author=" + TestServer.enc("张三"))))).containsExactly("f/1");
        assertThat(ids(get(
                        search(q, "filter.author=" + TestServer.enc("张三"), "filter.author=" + TestServer.enc("李四")))))
                .containsExactlyInAnyOrder("f/1", "f/2");
        assertThat(ids(get(search(q, "filter.priority=2..")))).containsExactly("f/1");
        assertThat(ids(get(search(q, "filter.priority=..2")))).containsExactly("f/2");
        assertThat(ids(get(search(q, "filter.published=2024-01-01..2024-12-31"))))
                .containsExactly("f/1");
        assertThat(ids(get(search(q, "mode=exact", "sort=-priority")))).containsExactly("f/1", "f/2", "f/3");
        assertThat(ids(get(search(q, "mode=exact", "sort=priority")))).containsExactly("f/2", "f/1", "f/3");
        JsonNode facets = get(search(q, "facets=source,tags,priority")).get("facets");
        assertThat(facets.has("source")).isTrue();
        assertThat(facets.get("tags").toString())
                .isEqualTo("[{\"value\":\"政策\",\"count\":2},{\"value\":\"乡村\",\"count\":1}]");
        assertThat(facets.get("priority").toString())
                .isEqualTo("[{\"value\":\"1.5\",\"count\":1},{\"value\":\"3\",\"count\":1}]");
        JsonNode hit = get(search(q, "filter.author=" + TestServer.enc("张三")))
                .get("hits")
                .get(0);
        assertThat(hit.get("fields").toString())
                .isEqualTo("{\"author\":\"张三\",\"tags\":[\"政策\",\"乡村\"],\"priority\":3,\"published\":\"2024-05-01\"}");
        assertThat(get(articlePath("f/2")).get("fields").get("priority").asDouble())
                .isEqualTo(1.5);
        JsonNode fields = get("/api/fields").get("fields");
        assertThat(fields.get(0).toString())
                .isEqualTo("{\"name\":\"author\",\"type\":\"keyword\",\"use\":[\"filter\",\"facet\",\"sort\",\"show\"],"
                        + "\"label\":\"作者\"}");
    }

    @Test
    void rangedFacetsListTheirBucketsAndAcceptThemAsFilters() {
        JsonNode fields = get("/api/fields").get("fields");
        assertThat(fields.get(4).get("ranges").toString()).isEqualTo("[\"..2\",\"2..\"]");
        assertThat(fields.get(0).has("ranges")).as("absent without buckets").isFalse();
        JsonNode r = get(search("声明字段测试", "mode=exact", "facets=level", "filter.level=2.."));
        assertThat(r.get("facets").get("level").toString())
                .as("every bucket in order, 0 when empty")
                .isEqualTo("[{\"value\":\"..2\",\"count\":0},{\"value\":\"2..\",\"count\":0}]");
    }

    @Test
    void textBodiesCarryFieldsAsFrontMatter() {
        HttpResponse<String> r = server.send(
                "PUT",
                articlePath("t/1"),
                "---\nauthor: 王五\npriority: 7\n---\n正文文本体测试。\n",
                "Content-Type",
                "text/plain; charset=utf-8",
                "Authorization",
                bearer(TOKEN));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(get(articlePath("t/1")).get("fields").toString()).isEqualTo("{\"author\":\"王五\",\"priority\":7}");
        assertThat(get(articlePath("t/1")).get("paragraphs").size()).isEqualTo(1);
        server.send("DELETE", articlePath("t/1"), null, "Authorization", bearer(TOKEN));
    }

    @Test
    void badValuesAndUnknownFieldsAre400sNamingTheField() {
        HttpResponse<String> r = put("bad/1", "{\"paragraphs\":[\"x\"],\"fields\":{\"priority\":\"高\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("priority");
        r = put("bad/1", "{\"paragraphs\":[\"x\"],\"fields\":{\"colour\":\"红\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("colour").contains("undeclared");
        r = put("bad/1", "{\"paragraphs\":[\"x\"],\"fields\":[1,2]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(server.get(articlePath("bad/1")).statusCode())
                .as("nothing written")
                .isEqualTo(404);
        for (List<String> bad : List.of(
                List.of("filter.nosuch=1", "nosuch"),
                List.of("filter.published=tomorrow", "published"),
                List.of("sort=tags", "tags"),
                List.of("facets=nosuch", "nosuch"))) {
            HttpResponse<String> s = server.get(search("声明字段", bad.get(0)));
            assertThat(s.statusCode()).as(bad.get(0)).isEqualTo(400);
            assertThat(s.body()).as(bad.get(0)).contains(bad.get(1));
        }
    }
}
