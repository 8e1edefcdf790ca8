package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhsearch.server.TestServer.TOKEN;
import static org.zhsearch.server.TestServer.articlePath;
import static org.zhsearch.server.TestServer.bearer;
import static org.zhsearch.server.TestServer.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.Limits;

/** {@code POST /api/articles/_bulk}: per-line results, broken lines, limits, media type, keys, visibility. */
class BulkApiTest {
    static final String NDJSON = "application/x-ndjson";

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(dir, TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> bulk(String contentType, String body) {
        return server.send("POST", BulkRoutes.PATH, body, "Content-Type", contentType, "Authorization", bearer(TOKEN));
    }

    private static long total(String q) {
        return server.json(server.get(search(q, "mode=exact"))).get("total").asLong();
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = server.json(r);
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.size()).isEqualTo(2);
    }

    @Test
    void eachLineGetsItsResultABrokenLineInTheMiddleLosesOnlyItselfAndAllIsSearchableOnReturn() {
        String body = """
                {"id": "bulk/a.json", "title": "甲", "paragraphs": ["蓝鲸一号平台今天完成试采。"]}

                {"id": "bulk/broken.json", "paragraphs": ["没有结尾
                {"id": "%s", "title": "人工智能赋能千行百业", "paragraphs": ["替换后的科技段落:绿松石计划。"]}
                {"title": "没有编号", "paragraphs": ["这一行没有 id。"]}
                {"id": "../etc/passwd", "paragraphs": ["越界的编号。"]}
                {"id": "bulk/empty.json", "paragraphs": []}
                {"id": "bulk/b.json", "paragraphs": ["赤霞珠葡萄园迎来丰收。", {"section": "小结", "text": "酒庄扩建。"}]}
                """.formatted(TestCorpus.KEJI_ID);
        HttpResponse<String> r = bulk(NDJSON + "; charset=utf-8", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = server.json(r);
        JsonNode items = answer.get("items");
        assertThat(answer.get("errors").asInt()).isEqualTo(4);
        assertThat(items).hasSize(7); // the blank line 2 is skipped
        assertItem(items.get(0), 1, "bulk/a.json", "created");
        assertThat(items.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(items.get(1).get("status").asText()).isEqualTo("error");
        assertThat(items.get(1).get("error").get("error").asText()).isEqualTo("invalid_article");
        assertThat(items.get(1).get("error").get("message").asText()).contains("invalid JSON");
        assertItem(items.get(2), 4, TestCorpus.KEJI_ID, "replaced");
        assertThat(items.get(3).get("line").asInt()).isEqualTo(5);
        assertThat(items.get(3).get("error").get("message").asText()).contains("id");
        assertThat(items.get(4).get("line").asInt()).isEqualTo(6);
        assertThat(items.get(4).get("id").asText()).isEqualTo("../etc/passwd");
        assertThat(items.get(4).get("status").asText()).isEqualTo("error");
        assertThat(items.get(4).get("error").get("error").asText()).isEqualTo("invalid_article");
        assertThat(items.get(5).get("line").asInt()).isEqualTo(7);
        assertThat(items.get(5).get("status").asText()).isEqualTo("error");
        assertItem(items.get(6), 8, "bulk/b.json", "created");

        // searchable when the answer is sent, no refresh waited for
        assertThat(total("蓝鲸一号")).isEqualTo(1);
        assertThat(total("绿松石计划")).isEqualTo(1);
        assertThat(total("赤霞珠")).isEqualTo(1);
        assertThat(total("越界的编号")).isZero();
        JsonNode b = server.json(server.get(articlePath("bulk/b.json")));
        assertThat(b.get("paragraphs")).hasSize(2);
        JsonNode keji = server.json(server.get(articlePath(TestCorpus.KEJI_ID)));
        assertThat(keji.get("paragraphs")).hasSize(1); // replaced whole, no paragraph of the old one left
    }

    private static void assertItem(JsonNode item, int line, String id, String status) {
        assertThat(item.get("line").asInt()).isEqualTo(line);
        assertThat(item.get("id").asText()).isEqualTo(id);
        assertThat(item.get("status").asText()).isEqualTo(status);
        assertThat(item.has("error")).isFalse();
    }

    @Test
    void linesCarrySourcePagesAndABadOneRefusesOnlyItsLine() {
        String body = """
                {"id": "bulk/pages.json", "paragraphs": [{"text": "第九页的银杏大道。", "sourcePage": 9}, "无页码的银杏段落。"]}
                {"id": "bulk/bad-page.json", "paragraphs": [{"text": "页码为零的银杏段落。", "sourcePage": 0}]}
                """;
        JsonNode items = server.json(bulk(NDJSON, body)).get("items");
        assertItem(items.get(0), 1, "bulk/pages.json", "created");
        assertThat(items.get(1).get("status").asText()).isEqualTo("error");
        assertThat(items.get(1).get("error").get("error").asText()).isEqualTo("invalid_article");
        assertThat(items.get(1).get("error").get("message").asText()).contains("paragraphs[0]", "sourcePage");
        JsonNode paragraphs =
                server.json(server.get(articlePath("bulk/pages.json"))).get("paragraphs");
        assertThat(paragraphs.get(0).get("sourcePage").asInt()).isEqualTo(9);
        assertThat(paragraphs.get(1).get("sourcePage").isNull()).isTrue();
        assertThat(total("页码为零")).isZero();
    }

    @Test
    void theSameIdTwiceIsCreatedThenReplacedAndTheLastLineWins() {
        String body = "{\"id\": \"bulk/twice.json\", \"paragraphs\": [\"第一版：珊瑚礁。\"]}\n"
                + "{\"id\": \"bulk/twice.json\", \"paragraphs\": [\"第二版：红树林。\", \"另一段。\"]}";
        JsonNode items = server.json(bulk(NDJSON, body)).get("items");
        assertThat(items.get(0).get("status").asText()).isEqualTo("created");
        assertThat(items.get(1).get("status").asText()).isEqualTo("replaced");
        assertThat(total("珊瑚礁")).isZero();
        assertThat(total("红树林")).isEqualTo(1);
        JsonNode again = server.json(bulk(NDJSON, body)).get("items");
        assertThat(again.get(0).get("status").asText()).isEqualTo("replaced");
    }

    @Test
    void aBodyOverTheLimitIs413AndWritesNothing() {
        long limit = TestServer.MAX_BODY * org.zhsearch.server.ServerSettings.BULK_BODY_FACTOR;
        StringBuilder body = new StringBuilder("{\"id\": \"bulk/over.json\", \"paragraphs\": [\"超限请求的第一行：玳瑁。\"]}\n");
        String line = "{\"id\": \"bulk/filler.json\", \"paragraphs\": [\"" + "填充".repeat(2000) + "\"]}\n";
        while (body.length() * 3L <= limit + line.length() * 3L) {
            body.append(line);
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) bytes.length).isGreaterThan(limit);
        HttpResponse<String> r = server.sendAlone(
                HttpRequest.newBuilder(server.uri(BulkRoutes.PATH)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)),
                "Content-Type",
                NDJSON,
                "Authorization",
                bearer(TOKEN));
        assertError(r, 413, "body_too_large");
        assertThat(server.json(r).get("message").asText()).contains(Long.toString(limit));
        assertThat(total("玳瑁")).isZero();
    }

    @Test
    void tooManyLinesIs413() {
        HttpResponse<String> r = bulk(NDJSON, "\n".repeat(Limits.BULK_ARTICLES + 1));
        assertError(r, 413, "body_too_large");
        assertThat(server.json(r).get("message").asText()).contains(Integer.toString(Limits.BULK_ARTICLES));
    }

    @Test
    void anotherMediaTypeIs415() {
        String line = "{\"id\": \"bulk/json.json\", \"paragraphs\": [\"媒体类型：鹦鹉螺。\"]}";
        assertError(bulk("application/json", line), 415, "unsupported_media_type");
        assertError(bulk("text/plain", line), 415, "unsupported_media_type");
        assertError(bulk(NDJSON + "; charset=gbk", line), 415, "unsupported_media_type");
        assertThat(total("鹦鹉螺")).isZero();
    }

    @Test
    void itNeedsAWriteKey() {
        String line = "{\"id\": \"bulk/nokey.json\", \"paragraphs\": [\"没有钥匙：海葵。\"]}";
        HttpResponse<String> r = server.send("POST", BulkRoutes.PATH, line, "Content-Type", NDJSON);
        assertError(r, 401, "unauthorized");
        assertThat(total("海葵")).isZero();
    }

    @Test
    void anEmptyBodyAnswersNoItems() {
        JsonNode answer = server.json(bulk(NDJSON, "\n\n"));
        assertThat(answer.get("items")).isEmpty();
        assertThat(answer.get("errors").asInt()).isZero();
    }

    @Test
    void aLineThatIsNotUtf8IsAnErrorItemAndTheOthersAreWritten() {
        byte[] good = "{\"id\": \"bulk/utf8.json\", \"paragraphs\": [\"编码正确：鸬鹚。\"]}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, '"', '}', '\n'};
        byte[] body = new byte[good.length + bad.length];
        System.arraycopy(bad, 0, body, 0, bad.length);
        System.arraycopy(good, 0, body, bad.length, good.length);
        HttpResponse<String> r = server.send(
                HttpRequest.newBuilder(server.uri(BulkRoutes.PATH)).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                "Content-Type",
                NDJSON,
                "Authorization",
                bearer(TOKEN));
        JsonNode items = server.json(r).get("items");
        assertThat(items.get(0).get("status").asText()).isEqualTo("error");
        assertThat(items.get(0).get("error").get("message").asText()).contains("UTF-8");
        assertThat(items.get(1).get("status").asText()).isEqualTo("created");
        assertThat(total("鸬鹚")).isEqualTo(1);
    }
}
