package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhsearch.server.TestServer.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read-only JSON API over {@link TestCorpus}: responses, parameters and every 400 path. */
class SearchApiTest {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(dir, TestServer.TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private JsonNode ok(String pathAndQuery) {
        HttpResponse<String> r = server.get(pathAndQuery);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return server.json(r);
    }

    private void assertError(HttpResponse<String> r, int status, String code, String... messageParts) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = server.json(r);
        assertThat(fieldNames(body)).containsExactly("error", "message");
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
        for (String part : messageParts) {
            assertThat(body.get("message").asText()).contains(part);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void searchAnswersWithExactlyTheContractFields() {
        JsonNode body = ok(search("人工智能"));
        assertThat(fieldNames(body))
                .containsExactly("query", "total", "tookMs", "hits", "related", "relatedTotal", "relaxedQuery");
        assertThat(body.get("query").asText()).isEqualTo("人工智能");
        assertThat(body.get("total").asLong()).isEqualTo(4);
        assertThat(body.get("hits")).hasSize(4);
        JsonNode hit = body.get("hits").get(0);
        assertThat(fieldNames(hit))
                .containsExactly(
                        "id",
                        "articleId",
                        "paragraph",
                        "section",
                        "title",
                        "date",
                        "source",
                        "score",
                        "text",
                        "highlight",
                        "role",
                        "snippet",
                        "match",
                        "sourcePage");
        assertThat(hit.get("articleId").asText()).isEqualTo(TestCorpus.KEJI_ID);
        assertThat(hit.get("id").asText())
                .isEqualTo(TestCorpus.KEJI_ID + "#" + hit.get("paragraph").asInt());
        assertThat(hit.get("title").asText()).isEqualTo("人工智能赋能千行百业");
        assertThat(hit.get("source").asText()).isEqualTo("sp20241125");
        assertThat(hit.get("date").asText()).startsWith("2024-11-25");
        assertThat(hit.get("highlight").asText()).contains("<mark>人工智能</mark>");
        assertThat(hit.get("sourcePage").isNull())
                .as("a .txt paragraph has no page: null, as section and snippet are")
                .isTrue();
    }

    @Test
    void aTaiwanWordFindsTheMainlandWordAndSaysSo() {
        // the corpus writes 算法 once (keji) and never 演算法, the Taiwan word
        JsonNode body = ok(search("演算法"));
        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.get("hits").get(0).get("text").asText()).contains("视觉算法");
        assertThat(body.get("hits").get(0).get("highlight").asText()).contains("<mark>算法</mark>");
        assertThat(body.get("variants").get("演算法")).extracting(JsonNode::asText).containsExactly("算法");
    }

    @Test
    void aQueryThatDoesNotParseIsSearchedAsItsLiteralWordsWithANotice() {
        for (String q : List.of("\"人工智能", "(人工智能", "人工智能)", "人工智能 OR", "AND 人工智能", "-人工智能")) {
            JsonNode body = ok(search(q));
            assertThat(body.get("query").asText()).isEqualTo(q);
            assertThat(body.get("total").asLong()).as(q).isEqualTo(4);
            assertThat(body.get("notice").get("searched").asText()).as(q).isEqualTo("人工智能");
            assertThat(body.get("notice").get("problem").asText()).as(q).isNotBlank();
        }
        JsonNode twoWords = ok(search("\"人工智能 (发展"));
        assertThat(twoWords.get("notice").get("searched").asText()).isEqualTo("人工智能 发展");
        assertThat(twoWords.get("notice").get("problem").asText()).contains("unbalanced quotes");
        assertThat(ok(search("人工智能")).has("notice"))
                .as("a query that parses has no notice")
                .isFalse();
    }

    @Test
    void aQuestionWithoutExactMatchesGetsRelatedHitsNamingTheWordsTheyContain() {
        JsonNode body = ok(search("怎样发展人工智能"));
        assertThat(body.get("total").asLong()).isZero();
        assertThat(body.get("hits")).isEmpty();
        assertThat(body.get("relaxedQuery").asText()).isEqualTo("发展 人工智能");
        assertThat(body.get("relatedTotal").asLong()).as(body.toString()).isGreaterThanOrEqualTo(1);
        JsonNode first = body.get("related").get(0);
        assertThat(first.get("text").asText()).startsWith("专家认为，人工智能的发展离不开高质量的数据");
        List<String> matched = new ArrayList<>();
        first.get("matched").forEach(m -> matched.add(m.asText()));
        assertThat(String.join(" ", matched)).isEqualTo(body.get("relaxedQuery").asText());
        assertThat(first.get("highlight").asText())
                .contains("<mark>人工智能</mark>")
                .contains("<mark>发展</mark>");

        JsonNode exact = ok(search("怎样发展人工智能", "mode=exact"));
        assertThat(exact.get("related")).isEmpty();
        assertThat(exact.get("relatedTotal").asLong()).isZero();
        assertThat(exact.get("relaxedQuery").isNull()).isTrue();
    }

    @Test
    void sortByDateOrdersTheHitsNewestOrOldestFirst() {
        JsonNode newest = ok(search("人工智能", "sort=-date"));
        JsonNode oldest = ok(search("人工智能", "sort=date"));
        assertThat(newest.get("total").asLong())
                .isEqualTo(oldest.get("total").asLong())
                .isGreaterThan(1);
        List<String> newestDates = new java.util.ArrayList<>();
        newest.get("hits").forEach(h -> newestDates.add(h.get("date").asText()));
        List<String> oldestDates = new java.util.ArrayList<>();
        oldest.get("hits").forEach(h -> oldestDates.add(h.get("date").asText()));
        assertThat(newestDates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(oldestDates).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(newestDates.getFirst()).isNotEqualTo(oldestDates.getFirst());
    }

    @Test
    void groupArticleGivesOneHitPerArticleWithItsMatchingParagraphs() {
        JsonNode body = ok(search("人工智能", "group=article"));
        assertThat(body.get("total").asLong()).isEqualTo(2);
        assertThat(body.get("hits"))
                .extracting(h -> h.get("articleId").asText())
                .containsExactly(TestCorpus.KEJI_ID, TestCorpus.JIAOYU_ID);
        assertThat(body.get("hits"))
                .extracting(h -> h.get("matchingParagraphs").asInt())
                .containsExactly(3, 1);
    }

    @Test
    void facetsCountAllMatchesPerValueAndAreAbsentUnlessAsked() {
        // 人工智能: 3 paragraphs of keji (2024, sp20241125, 人民日报), 1 of jiaoyu (2023, sp20231027, no publication)
        JsonNode body = ok(search("人工智能", "facets=source,year,publication", "limit=1"));
        assertThat(fieldNames(body))
                .containsExactly(
                        "query", "total", "tookMs", "hits", "related", "relatedTotal", "relaxedQuery", "facets");
        assertThat(body.get("hits")).hasSize(1);
        assertThat(fieldNames(body.get("facets"))).containsExactly("source", "year", "publication");
        assertThat(facet(body, "source")).containsExactly("sp20241125=3", "sp20231027=1");
        assertThat(facet(body, "year")).containsExactly("2024=3", "2023=1");
        assertThat(facet(body, "publication")).containsExactly("人民日报=3");
        assertThat(fieldNames(body.get("facets").get("year").get(0))).containsExactly("value", "count");

        JsonNode articles = ok(search("人工智能", "facets=year,source", "group=article"));
        assertThat(fieldNames(articles.get("facets"))).containsExactly("source", "year");
        assertThat(facet(articles, "source")).containsExactly("sp20231027=1", "sp20241125=1");

        JsonNode filtered = ok(search("人工智能", "facets=source", "from=2024-01-01"));
        assertThat(facet(filtered, "source")).containsExactly("sp20241125=3");
        assertThat(facet(ok(search("人工智能", "facets=year", "publication=" + PEOPLES_DAILY)), "year"))
                .containsExactly("2024=3");

        assertThat(fieldNames(ok(search("人工智能")))).doesNotContain("facets");
        assertThat(fieldNames(ok(search("人工智能", "facets=")))).doesNotContain("facets");
    }

    @Test
    void thePublicationFilterKeepsOnlyThatPublication() {
        assertThat(ok(search("人工智能", "publication=" + PEOPLES_DAILY))
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(ok(search(
                                "人工智能",
                                "publication="
                                        + java.net.URLEncoder.encode("光明日报", java.nio.charset.StandardCharsets.UTF_8)))
                        .get("total")
                        .asLong())
                .isZero();
    }

    private static final String PEOPLES_DAILY =
            java.net.URLEncoder.encode("人民日报", java.nio.charset.StandardCharsets.UTF_8);

    private static List<String> facet(JsonNode body, String name) {
        List<String> out = new ArrayList<>();
        body.get("facets")
                .get(name)
                .forEach(v ->
                        out.add(v.get("value").asText() + "=" + v.get("count").asLong()));
        return out;
    }

    @Test
    void limitAndOffsetPageThroughTheHits() {
        JsonNode first = ok(search("人工智能", "limit=3"));
        JsonNode second = ok(search("人工智能", "limit=3", "offset=3"));
        assertThat(first.get("total").asLong()).isEqualTo(4);
        assertThat(first.get("hits")).hasSize(3);
        assertThat(second.get("hits")).hasSize(1);
        assertThat(second.get("hits").get(0).get("id").asText())
                .isNotIn(first.get("hits").findValuesAsText("id"));
    }

    @Test
    void dateRangeAndSourceFilterTheHits() {
        assertThat(ok(search("人工智能", "from=2024-01-01")).get("total").asLong()).isEqualTo(3);
        assertThat(ok(search("人工智能", "to=2023-12-31")).get("total").asLong()).isEqualTo(1);
        assertThat(ok(search("人工智能", "from=2024-11-25", "to=2024-11-25"))
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(ok(search("人工智能", "source=sp20231027"))
                        .get("hits")
                        .get(0)
                        .get("articleId")
                        .asText())
                .isEqualTo(TestCorpus.JIAOYU_ID);
        assertThat(ok(search("人工智能", "source=nosuchsource")).get("total").asLong())
                .isZero();
    }

    @Test
    void aQueryOf256CharactersIsAcceptedAfterTrimming() {
        assertThat(ok(search("  " + "书".repeat(256) + "  ")).get("total").asLong())
                .isZero();
    }

    @Test
    void suggestCompletesATypedPrefix() {
        JsonNode body = ok("/api/suggest?q=" + TestServer.enc("人工"));
        assertThat(fieldNames(body)).containsExactly("query", "suggestions");
        assertThat(body.get("suggestions"))
                .extracting(JsonNode::asText)
                .contains("人工智能赋能千行百业")
                .allSatisfy(s -> assertThat(s).startsWith("人工"));
        assertThat(ok("/api/suggest?limit=1&q=" + TestServer.enc("人工")).get("suggestions"))
                .hasSize(1);
    }

    @Test
    void pinyinSearchesAndSuggestsOverHttp() {
        JsonNode body = ok(search("rgzn"));
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.get("hits")).allSatisfy(h -> {
            assertThat(h.get("match").asText()).isEqualTo("pinyin");
            assertThat(h.get("highlight").asText()).contains("<mark>");
        });
        assertThat(ok("/api/suggest?q=rgzn").get("suggestions"))
                .extracting(JsonNode::asText)
                .contains("人工智能");
        assertThat(ok("/api/suggest?q=rengongz").get("suggestions"))
                .extracting(JsonNode::asText)
                .contains("人工智能");
    }

    @Test
    void hostileLatinQueriesAreBoundedAndAnswered() {
        assertThat(ok(search("a".repeat(256))).get("total").asLong()).isZero();
        assertThat(ok(search(String.join(" ", java.util.Collections.nCopies(51, "xian"))))
                        .has("total"))
                .isTrue();
        assertThat(ok(search("xian'".repeat(50))).has("total")).isTrue();
        assertThat(ok("/api/suggest?q=" + "zh".repeat(32)).get("suggestions")).isEmpty();
        assertThat(ok("/api/suggest?q=" + TestServer.enc("x'".repeat(32))).has("suggestions"))
                .isTrue();
    }

    @Test
    void analyzeShowsTheSmartChineseWords() {
        JsonNode tokens =
                ok("/api/analyze?text=" + TestServer.enc("人工智能赋能千行百业")).get("tokens");
        assertThat(fieldNames(tokens.get(0))).containsExactly("term", "start", "end", "position");
        assertThat(tokens.get(0).get("term").asText()).isEqualTo("人工智能");
        assertThat(tokens.get(0).get("start").asInt()).isZero();
        assertThat(tokens.get(0).get("end").asInt()).isEqualTo(4);
    }

    @Test
    void statsCountArticlesAndParagraphs() {
        JsonNode body = ok("/api/stats");
        assertThat(fieldNames(body))
                .containsExactly("articles", "paragraphs", "sizeBytes", "builtAt", "corpus", "corpusMismatch");
        assertThat(body.get("corpusMismatch").asBoolean())
                .as("built from the server's corpus")
                .isFalse();
        assertThat(body.get("articles").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(body.get("paragraphs").asLong()).isGreaterThanOrEqualTo(16);
        assertThat(body.get("sizeBytes").asLong()).isPositive();
    }

    @Test
    void healthIsOkWhileTheIndexIsOpen() {
        assertThat(ok("/health").toString()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void metricsUseThePrometheusTextFormatPerRouteAndStatus() {
        server.get(search("书院"));
        server.get("/api/search");
        HttpResponse<String> r = server.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.body())
                .contains("# TYPE zhsearch_http_requests_total counter")
                .contains("# TYPE zhsearch_http_request_duration_seconds histogram")
                .containsPattern(
                        "zhsearch_http_requests_total\\{method=\"GET\",route=\"/api/search\",status=\"200\"} [1-9]")
                .containsPattern(
                        "zhsearch_http_requests_total\\{method=\"GET\",route=\"/api/search\",status=\"400\"} [1-9]")
                .contains(
                        "zhsearch_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/search\",status=\"200\",le=\"+Inf\"}")
                .contains(
                        "zhsearch_http_request_duration_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}")
                .containsPattern("\nzhsearch_index_size_bytes [1-9][0-9]*\n")
                .containsPattern("\nzhsearch_index_paragraphs [1-9][0-9]*\n");
    }

    @Test
    void headIsRefusedRatherThanAnsweredWithoutTheRoutesChecks() {
        for (String path : new String[] {"/", "/api/search?q=a", "/api/admin/reindex"}) {
            HttpResponse<String> r = server.send("HEAD", path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(405);
            // and the connection stays usable: no body was sent after the HEAD response's headers
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void requestsWithMadeUpMethodsAreCountedUnderOneOtherLabel() {
        String method = "ZZ" + "Q".repeat(3000);
        // a client of its own: the server may close these connections, which must not break other tests' pool
        try (java.net.http.HttpClient own = java.net.http.HttpClient.newHttpClient()) {
            for (int i = 0; i < 20; i++) {
                try {
                    own.send(
                            java.net.http.HttpRequest.newBuilder(server.uri("/api/search?q=a"))
                                    .method(method + i, java.net.http.HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        String metrics = server.get("/metrics").body();
        assertThat(metrics).contains("method=\"other\"").doesNotContain("ZZQQ");
    }

    @Test
    void theSearchPageAndItsAssetsAreServedWithSecurityHeaders() {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("<script src=\"/app.js\" defer></script>")
                .doesNotContain("<script>")
                .doesNotContain("http://", "https://", "style=", "onclick");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(server.get("/app.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(server.get("/app.css").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    @Test
    void errorsCarryTheSecurityHeadersToo() {
        HttpResponse<String> r = server.get("/no/such/page");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void thereIsNoDirectoryListingOrResourceBrowsing() {
        assertError(server.get("/public/"), 404, "not_found");
        assertError(server.get("/org/zhsearch/server/openapi.json"), 404, "not_found");
        assertError(server.get("/api/"), 404, "not_found");
    }

    @Test
    void unknownRoutesAreJson404s() {
        assertError(server.get("/api/nope"), 404, "not_found", "/api/nope", "/openapi.json");
    }

    @Test
    void aWrongMethodIsAJson405() {
        assertError(server.send("POST", "/api/search", "x"), 405, "method_not_allowed", "POST", "GET");
    }

    @Test
    void anOverlongRequestLineIsAJsonError() {
        assertError(
                server.sendAlone(java.net.http.HttpRequest.newBuilder(server.uri(search("a".repeat(20_000))))
                        .GET()),
                414,
                "uri_too_long");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/search                                   | invalid_parameter | q is required
            /api/search?q=                                | invalid_parameter | q is required
            /api/search?q=%20%20%20                       | invalid_parameter | q is required
            /api/search?q=a&limit=0                       | invalid_parameter | limit must be between 1 and 100, got 0
            /api/search?q=a&limit=-1                      | invalid_parameter | limit must be between 1 and 100, got -1
            /api/search?q=a&limit=101                     | invalid_parameter | limit must be between 1 and 100, got 101
            /api/search?q=a&limit=abc                     | invalid_parameter | limit must be an integer between 1 and 100, got 'abc'
            /api/search?q=a&limit=99999999999             | invalid_parameter | limit must be an integer
            /api/search?q=a&offset=-1                     | invalid_parameter | offset must be between 0 and 10000, got -1
            /api/search?q=a&offset=10001                  | invalid_parameter | offset must be between 0 and 10000, got 10001
            /api/search?q=a&offset=1.5                    | invalid_parameter | offset must be an integer
            /api/search?q=a&sort=newest                   | invalid_parameter | sort must be relevance, date or -date, got 'newest'
            /api/search?q=a&from=2024-13-01               | invalid_parameter | from must be a date like 2024-11-25
            /api/search?q=a&from=yesterday                | invalid_parameter | from must be a date like 2024-11-25
            /api/search?q=a&to=2024-02-30                 | invalid_parameter | to must be a date like 2024-11-25
            /api/search?q=a&from=2024-02-01&to=2024-01-01 | invalid_parameter | from (2024-02-01) must not be after to (2024-01-01)
            /api/search?q=a&group=section                 | invalid_parameter | group must be paragraph or article, got 'section'
            /api/search?q=a&mode=fuzzy                    | invalid_parameter | mode must be related or exact, got 'fuzzy'
            /api/search?q=a&facets=author                 | invalid_parameter | facets must name source, year or publication, got 'author'
            /api/search?q=a&facets=source,,year           | invalid_parameter | facets must name source, year or publication, got ''
            /api/search?q=a&facets=year,source,year       | invalid_parameter | facets names year twice
            /api/search?q=%E8%BD%AF%FF%E4%BB%B6           | invalid_parameter | not valid UTF-8
            /api/search?q=%22abc&syntax=strict            | invalid_query     | unbalanced quotes
            /api/search?q=%28abc&syntax=strict            | invalid_query     | (
            /api/search?q=abc%29&syntax=strict            | invalid_query     | )
            /api/search?q=%22%22&syntax=strict            | invalid_query     | empty phrase
            /api/search?q=a&syntax=loose                  | invalid_parameter | syntax must be forgiving or strict, got 'loose'
            /api/suggest                                  | invalid_parameter | q is required
            /api/suggest?q=a&limit=0                      | invalid_parameter | limit must be between 1 and 20, got 0
            /api/suggest?q=a&limit=x                      | invalid_parameter | limit must be an integer between 1 and 20
            /api/analyze                                  | invalid_parameter | text is required
            /api/analyze?text=%20                         | invalid_parameter | text is required
            """)
    void badParametersAreJson400sNamingTheProblem(String pathAndQuery, String code, String message) {
        assertError(server.get(pathAndQuery), 400, code, message);
    }

    @Test
    void aQueryOver256CharactersIsRejected() {
        assertError(
                server.get(search("书".repeat(257))),
                400,
                "invalid_parameter",
                "q is 257 characters long",
                "at most 256");
    }

    @Test
    void aSuggestPrefixOver64CharactersIsRejected() {
        assertError(server.get("/api/suggest?q=" + "a".repeat(65)), 400, "invalid_parameter", "at most 64");
    }

    @Test
    void analyzeTakesTextUpToItsLimitInAPostBodyAndRefusesMore() {
        HttpResponse<String> atLimit =
                server.send("POST", "/api/analyze", "书".repeat(10_000), "Content-Type", "text/plain; charset=utf-8");
        assertThat(atLimit.statusCode()).as(atLimit.body()).isEqualTo(200);
        assertThat(server.json(atLimit).get("tokens")).hasSize(10_000);
        assertError(
                server.send("POST", "/api/analyze", "书".repeat(10_001), "Content-Type", "text/plain; charset=utf-8"),
                400,
                "invalid_parameter",
                "10001 characters",
                "at most 10000");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bogus", "utf-9", "\"\"", "klingon-1", "a b"})
    void analyzeWithAnUnknownCharsetIsA415(String charset) {
        assertError(
                server.send("POST", "/api/analyze", "书店", "Content-Type", "text/plain; charset=" + charset),
                415,
                "unsupported_media_type",
                "unknown charset",
                "send UTF-8");
    }

    @Test
    void analyzeDecodesTheBodyInTheDeclaredCharset() {
        HttpResponse<String> r = server.send(
                java.net.http.HttpRequest.newBuilder(server.uri("/api/analyze"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                                "书店".getBytes(java.nio.charset.Charset.forName("GBK")))),
                "Content-Type",
                "text/plain; charset=GBK");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        StringBuilder terms = new StringBuilder();
        server.json(r).get("tokens").forEach(t -> terms.append(t.get("term").asText()));
        assertThat(terms.toString()).isEqualTo("书店");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "q,人工智能",
        "limit,5",
        "offset,0",
        "from,2024-01-01",
        "to,2024-12-31",
        "source,sp20241125",
        "publication,人民日报",
        "group,article",
        "mode,exact",
        "sort,date",
        "facets,source"
    })
    void aSearchParameterGivenTwiceIsA400NamingIt(String name, String value) {
        String twice = "/api/search?q=" + TestServer.enc("人工智能") + "&" + name + "=" + TestServer.enc(value) + "&" + name
                + "=" + TestServer.enc(value);
        if (name.equals("q")) {
            twice = "/api/search?q=" + TestServer.enc(value) + "&q=" + TestServer.enc("机器人");
        }
        assertError(server.get(twice), 400, "invalid_parameter", name + " is given", "give it once");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"q,ren", "limit,3"})
    void aSuggestParameterGivenTwiceIsA400NamingIt(String name, String value) {
        String twice = "/api/suggest?q=ren&" + name + "=" + value;
        if (name.equals("limit")) {
            twice += "&limit=" + value;
        }
        assertError(server.get(twice), 400, "invalid_parameter", name + " is given 2 times");
    }

    @Test
    void analyzeTextGivenTwiceIsA400() {
        assertError(
                server.get("/api/analyze?text=" + TestServer.enc("书店") + "&text=" + TestServer.enc("书")),
                400,
                "invalid_parameter",
                "text is given 2 times");
    }
}
