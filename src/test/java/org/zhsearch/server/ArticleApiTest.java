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
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/articles/{id}}: reading, writing with the admin token, deleting, ids, bodies and XSS. */
class ArticleApiTest {
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

    private static HttpResponse<String> put(String id, String contentType, String body) {
        return server.send("PUT", articlePath(id), body, "Content-Type", contentType, "Authorization", bearer(TOKEN));
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String... messageParts) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = server.json(r);
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        for (String part : messageParts) {
            assertThat(body.get("message").asText()).contains(part);
        }
        assertThat(body.size()).isEqualTo(2);
    }

    @Test
    void getReturnsTheWholeArticle() {
        HttpResponse<String> r = server.get(articlePath(TestCorpus.KEJI_ID));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode a = server.json(r);
        assertThat(a.get("id").asText()).isEqualTo(TestCorpus.KEJI_ID);
        assertThat(a.get("title").asText()).isEqualTo("人工智能赋能千行百业");
        assertThat(a.get("source").asText()).isEqualTo("sp20241125");
        assertThat(a.get("publication").asText()).isEqualTo("人民日报");
        assertThat(a.get("page").asText()).isEqualTo("01");
        assertThat(a.get("editors")).extracting(JsonNode::asText).containsExactly("李明", "王芳");
        assertThat(a.get("paragraphs")).hasSize(7);
        JsonNode p6 = a.get("paragraphs").get(5);
        assertThat(p6.get("n").asInt()).isEqualTo(6);
        assertThat(p6.get("section").asText()).isEqualTo("量子计算加快突破");
        assertThat(p6.get("text").asText()).isEqualTo("科研团队在量子计算领域取得新进展，实现了更多量子比特的稳定操控。");
    }

    @Test
    void idsMayBeSentWithEncodedSlashesAndChineseCharacters() {
        HttpResponse<String> encoded = server.get("/api/articles/" + TestServer.enc(TestCorpus.KEJI_ID));
        assertThat(encoded.statusCode()).isEqualTo(200);
        assertThat(server.json(encoded).get("id").asText()).isEqualTo(TestCorpus.KEJI_ID);
        HttpResponse<String> chinese = server.get("/api/articles/" + TestServer.enc(TestCorpus.SHUYUAN_ID));
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(server.json(chinese).get("title").asText()).startsWith("书院是古代重要的教育机构");
    }

    @Test
    void anUnknownArticleIsAJson404() {
        assertError(server.get(articlePath("news/none.txt")), 404, "not_found", "news/none.txt");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/articles/a/../../etc/passwd",
                "/api/articles/a%2F..%2F..%2Fetc%2Fpasswd",
                "/api/articles/..",
                "/api/articles/%2Fetc%2Fpasswd",
                "/api/articles/C:%5Cwindows",
                "/api/articles/news%5C..%5Cx.txt",
                "/api/articles/a%0Ab",
                "/api/articles/news//x.txt",
                "/api/articles/./x.txt"
            })
    void idsThatCouldEscapeTheirDirectoryAreRejected(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(server.json(r).get("error").asText()).isIn("invalid_parameter", "bad_request");
    }

    @Test
    void aNulInTheIdIsRejected() {
        HttpResponse<String> r = server.get("/api/articles/a%00b");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(server.json(r).fieldNames()).toIterable().containsExactly("error", "message");
    }

    @Test
    void badIdsAreRejectedForWritesToo() {
        assertError(put("a/../b.txt", "text/plain", "正文。"), 400, "invalid_parameter", "'..'");
        assertError(
                server.send("DELETE", "/api/articles/%2Fetc%2Fpasswd", null, "Authorization", bearer(TOKEN)),
                400,
                "invalid_parameter",
                "relative path");
    }

    @Test
    void putTextIsSearchableWithinOneSecondAndDurable() {
        String id = "updates/2024/11/26/new.txt";
        HttpResponse<String> r = put(id, "text/plain; charset=utf-8", """
                发布时间:2024-11-26 09:00:00 来源: sp20241126
                深海探测取得新成果
                我国自主研制的深海探测器完成万米级下潜，带回了珍贵的海底样本。
                """);
        long acknowledged = System.nanoTime();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode stored = server.json(r);
        assertThat(stored.get("id").asText()).isEqualTo(id);
        assertThat(stored.get("title").asText()).isEqualTo("深海探测取得新成果");
        assertThat(stored.get("paragraphs")).hasSize(2);

        long total = 0;
        while (total == 0 && System.nanoTime() - acknowledged < 1_000_000_000L) {
            total = server.json(server.get(search("万米级下潜"))).get("total").asLong();
        }
        assertThat(total).as("found within 1 s of the acknowledgement").isEqualTo(1);
        assertThat(server.get(articlePath(id)).statusCode()).isEqualTo(200);

        // "durable when the response is sent": a fresh ZhSearch on the same home sees it
        try (var reopened = org.zhsearch.ZhSearch.open(server.home)) {
            assertThat(reopened.article(id)).isPresent();
        }
    }

    @Test
    void putReplacesAnExistingArticleWith200() {
        String id = "updates/replace.txt";
        assertThat(put(id, "text/plain", "第一版的正文内容。").statusCode()).isEqualTo(201);
        HttpResponse<String> r = put(id, "text/plain", "第二版的正文内容已经更新。");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(server.json(server.get(search("第一版"))).get("total").asLong()).isZero();
        assertThat(server.json(server.get(search("第二版"))).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void putJsonUsesThePathIdWhenTheBodyHasNone() {
        String id = "json/article.json";
        HttpResponse<String> r = put(id, "application/json", """
                {"title": "候鸟迁徙", "date": "2024-10-01", "source": "sp20241001",
                 "paragraphs": ["每年秋天，大批候鸟飞越湖区。", {"section": "保护措施", "text": "志愿者在湿地巡护，守护候鸟栖息地。"}]}
                """);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode a = server.json(r);
        assertThat(a.get("id").asText()).isEqualTo(id);
        assertThat(a.get("title").asText()).isEqualTo("候鸟迁徙");
        assertThat(a.get("paragraphs").get(1).get("section").asText()).isEqualTo("保护措施");
        assertThat(server.json(server.get(search("湿地巡护"))).get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void theSourcePagesOfAJsonArticleComeBackInItsViewAndOnItsHits() {
        String id = "json/pages.json";
        HttpResponse<String> r = put(id, "application/json", """
                {"title": "年报摘录", "paragraphs": [
                  {"text": "封面上的灯塔图案。", "sourcePage": 1},
                  {"section": "经营情况", "text": "第五页写着灯塔项目的进度。", "sourcePage": 5},
                  "没有页码的灯塔段落。"]}
                """);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode paragraphs = server.json(server.get(articlePath(id))).get("paragraphs");
        assertThat(paragraphs.get(0).get("sourcePage").asInt()).isEqualTo(1);
        assertThat(paragraphs.get(1).get("sourcePage").asInt()).isEqualTo(5);
        assertThat(paragraphs.get(2).has("sourcePage")).isTrue();
        assertThat(paragraphs.get(2).get("sourcePage").isNull()).isTrue();
        JsonNode hits = server.json(server.get(search("灯塔"))).get("hits");
        java.util.Map<String, String> pages = new java.util.HashMap<>();
        hits.forEach(h -> pages.put(h.get("id").asText(), h.get("sourcePage").toString()));
        assertThat(pages)
                .containsEntry(id + "#1", "1")
                .containsEntry(id + "#2", "5")
                .containsEntry(id + "#3", "null");
    }

    @Test
    void aSourcePageThatIsNotAPageNumberIsA400AndNothingIsWritten() {
        for (String bad : java.util.List.of("0", "-2", "1.5", "\"第三页\"", "[3]", "true")) {
            assertError(
                    put("json/bad-page.json", "application/json", """
                            {"paragraphs": [{"text": "页码不对的段落。", "sourcePage": %s}]}""".formatted(bad)),
                    400,
                    "invalid_article",
                    "paragraphs[0]",
                    "sourcePage");
        }
        assertThat(server.get(articlePath("json/bad-page.json")).statusCode()).isEqualTo(404);
    }

    @Test
    void putJsonWithAnotherIdIsRejected() {
        assertError(
                put("json/a.json", "application/json", "{\"id\": \"json/b.json\", \"paragraphs\": [\"内容。\"]}"),
                400,
                "invalid_article",
                "json/b.json",
                "json/a.json");
    }

    @Test
    void badJsonIsA400() {
        assertError(
                put("json/bad.json", "application/json", "{\"paragraphs\": [\"没有结束"), 400, "invalid_article", "JSON");
        assertError(put("json/bad.json", "application/json", "[1, 2]"), 400, "invalid_article");
        assertError(
                put("json/bad.json", "application/json", "{\"title\": \"无段落\"}"), 400, "invalid_article", "paragraphs");
    }

    @Test
    void aJsonArticleWithAnImpossibleDateIsA400NotSilentlyUndated() {
        assertError(
                put("json/date.json", "application/json", "{\"date\": \"2024-13-45\", \"paragraphs\": [\"日期不对的文章。\"]}"),
                400,
                "invalid_article",
                "2024-13-45",
                "not a date");
    }

    @Test
    void anEmptyBodyIsA400() {
        assertError(put("empty.txt", "text/plain", ""), 400, "invalid_article", "empty");
        assertError(put("empty.txt", "text/plain", "  \n "), 400, "invalid_article", "empty");
    }

    @Test
    void aBodyThatIsNotUtf8IsA400() {
        HttpResponse<String> r = server.send(
                HttpRequest.newBuilder(server.uri(articlePath("bytes.txt")))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(
                                new byte[] {(byte) 0xC4, (byte) 0xE3, (byte) 0xFF})),
                "Content-Type",
                "text/plain",
                "Authorization",
                bearer(TOKEN));
        assertError(r, 400, "invalid_article", "UTF-8");
    }

    @Test
    void aGbkBodyIsAcceptedWhenItsCharsetIsDeclared() {
        byte[] gbk = "发布时间:2024-09-01 来源: gbk\n国庆假期旅游市场持续升温。".getBytes(java.nio.charset.Charset.forName("GBK"));
        HttpResponse<String> r = server.send(
                HttpRequest.newBuilder(server.uri(articlePath("charsets/gbk.txt")))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(gbk)),
                "Content-Type",
                "text/plain; charset=GBK",
                "Authorization",
                bearer(TOKEN));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(server.json(r).get("paragraphs").get(0).get("text").asText()).isEqualTo("国庆假期旅游市场持续升温。");
    }

    @Test
    void anUnsupportedMediaTypeIsA415() {
        assertError(
                put("x.txt", "application/xml", "<a/>"),
                415,
                "unsupported_media_type",
                "text/plain",
                "application/json");
        assertError(put("x.txt", "text/plain; charset=klingon", "正文。"), 415, "unsupported_media_type", "klingon");
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        String big = "很长的段落。".repeat((int) (TestServer.MAX_BODY / 6));
        // Expect: 100-continue, as a careful uploader sends it: the server refuses on the declared length before the
        // body is sent. Without it the client may still be writing when the server answers and closes, and the
        // answer is lost to the reset (seen once in CI under load)
        HttpResponse<String> r = server.sendAlone(
                HttpRequest.newBuilder(server.uri(articlePath("big.txt")))
                        .expectContinue(true)
                        .PUT(HttpRequest.BodyPublishers.ofString(big)),
                "Content-Type",
                "text/plain",
                "Authorization",
                bearer(TOKEN));
        assertError(r, 413, "body_too_large", String.valueOf(TestServer.MAX_BODY));
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413() {
        byte[] big = "很长的段落。".repeat((int) (TestServer.MAX_BODY / 6)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArray(big)); // no length: sent with Transfer-Encoding: chunked
        HttpResponse<String> r = server.sendAlone(
                HttpRequest.newBuilder(server.uri(articlePath("big-chunked.txt")))
                        .PUT(chunked),
                "Content-Type",
                "text/plain",
                "Authorization",
                bearer(TOKEN));
        assertError(r, 413, "body_too_large");
    }

    @Test
    void deleteRemovesTheArticleFromSearchAndGet() {
        String id = "updates/delete-me.txt";
        assertThat(put(id, "text/plain", "这篇文章讲述了冰川消融的观测记录。").statusCode()).isEqualTo(201);
        assertThat(server.json(server.get(search("冰川消融"))).get("total").asLong())
                .isEqualTo(1);

        HttpResponse<String> r = server.send("DELETE", articlePath(id), null, "Authorization", bearer(TOKEN));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(server.json(r).toString()).isEqualTo("{\"id\":\"updates/delete-me.txt\",\"deleted\":true}");
        assertThat(server.json(server.get(search("冰川消融"))).get("total").asLong())
                .isZero();
        assertError(server.get(articlePath(id)), 404, "not_found");
        assertError(server.send("DELETE", articlePath(id), null, "Authorization", bearer(TOKEN)), 404, "not_found");
    }

    @Test
    void writesWithoutATokenAre401() {
        HttpResponse<String> r = server.send("PUT", articlePath("auth/x.txt"), "正文。", "Content-Type", "text/plain");
        assertError(r, 401, "unauthorized", "Authorization: Bearer");
        assertThat(r.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertError(server.send("DELETE", articlePath(TestCorpus.XIANGCUN_ID), null), 401, "unauthorized");
        assertThat(server.get(articlePath(TestCorpus.XIANGCUN_ID)).statusCode()).isEqualTo(200);
    }

    @Test
    void writesWithAWrongTokenAre401() {
        assertError(
                server.send(
                        "PUT",
                        articlePath("auth/x.txt"),
                        "正文。",
                        "Content-Type",
                        "text/plain",
                        "Authorization",
                        bearer(TOKEN + "x")),
                401,
                "unauthorized");
        assertError(
                server.send(
                        "PUT",
                        articlePath("auth/x.txt"),
                        "正文。",
                        "Content-Type",
                        "text/plain",
                        "Authorization",
                        bearer(TOKEN.substring(1))),
                401,
                "unauthorized");
        assertError(
                server.send("DELETE", articlePath(TestCorpus.XIANGCUN_ID), null, "Authorization", "Basic " + TOKEN),
                401,
                "unauthorized");
        assertError(
                server.send("DELETE", articlePath(TestCorpus.XIANGCUN_ID), null, "Authorization", "Bearer "),
                401,
                "unauthorized");
        assertThat(server.get(articlePath("auth/x.txt")).statusCode()).isEqualTo(404);
    }

    @Test
    void theTokenSchemeIsCaseInsensitive() {
        HttpResponse<String> r = server.send(
                "PUT",
                articlePath("auth/scheme.txt"),
                "认证方案大小写不敏感。",
                "Content-Type",
                "text/plain",
                "Authorization",
                "bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void storedMarkupComesBackEscapedInHighlightsAndVerbatimInText() {
        String text = "安全测试：<script>alert(1)</script> 以及 <img src=x onerror=alert(1)> 都是普通文字。";
        assertThat(put("xss/stored.txt", "text/plain", text).statusCode()).isEqualTo(201);

        JsonNode hit = server.json(server.get(search("安全测试"))).get("hits").get(0);
        assertThat(hit.get("text").asText()).isEqualTo(text);
        String highlight = hit.get("highlight").asText();
        assertThat(highlight)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script", "<img")
                .contains("<mark>安全测试</mark>");
        assertThat(highlight.replaceAll("</?mark>", "")).doesNotContain("<", ">");

        JsonNode article = server.json(server.get(articlePath("xss/stored.txt")));
        assertThat(article.get("paragraphs").get(0).get("text").asText()).isEqualTo(text);
    }

    @Test
    void aPutReportsItsTitleAndMetadataFromTheNewsHeader() {
        HttpResponse<String> r = put("meta/header.txt", "text/plain", """
                发布时间:2024-11-25 04:43:40 来源: sp20241125
                冬季供暖保障有力
                各地提前做好供暖准备，确保群众温暖过冬。
                《 人民日报 》( 2024年11月25日 02 版)
                (责编:张华)
                """);
        JsonNode a = server.json(r);
        assertThat(a.get("date").asText()).isEqualTo("2024-11-25T04:43:40");
        assertThat(a.get("source").asText()).isEqualTo("sp20241125");
        assertThat(a.get("publication").asText()).isEqualTo("人民日报");
        assertThat(a.get("editors")).extracting(JsonNode::asText).containsExactly("张华");
    }

    @Test
    void aTrailingSlashIsRefusedNotDropped() {
        assertError(put("slash/a.txt/", "text/plain", "正文。"), 400, "invalid_parameter", "must not end with '/'");
        assertThat(server.get(articlePath("slash/a.txt")).statusCode()).isEqualTo(404);
    }

    /** Sends raw bytes (what java.net.http will not send) and returns the response head and body. */
    private static String raw(String request, boolean closeWriting) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            if (closeWriting) {
                socket.shutdownOutput();
            }
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodyShorterThanItsLengthOrWithABadChunkIsA400NotA500() throws IOException {
        String head = "PUT /api/articles/raw.txt HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: text/plain\r\n";
        String shortBody = raw(head + "Content-Length: 100\r\n\r\n正文", true);
        String badChunk = raw(head + "Transfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n", false);
        for (String response : new String[] {shortBody, badChunk}) {
            assertThat(response).startsWith("HTTP/1.1 400").contains("X-Content-Type-Options: nosniff");
            assertThat(response).contains("\"error\":\"bad_request\"").doesNotContain("Exception");
        }
    }
}
