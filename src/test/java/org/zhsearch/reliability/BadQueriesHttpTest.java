package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.server.ServerSettings;
import org.zhsearch.server.ZhsearchServer;

/** Hostile queries over HTTP: each is a 4xx JSON error with a message (or a normal result), never a 5xx. */
class BadQueriesHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    static ZhSearch zh;
    static ZhsearchServer server;

    @BeforeAll
    static void start() throws Exception {
        ZhSearch.build(
                TestCorpus.write(tmp.resolve("corpus")),
                tmp.resolve("index"),
                IndexOptions.defaults(),
                ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"));
        server = new ZhsearchServer(zh, ServerSettings.local(0, tmp.resolve("index")));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        zh.close();
    }

    private static HttpResponse<String> search(String q) throws Exception {
        return search(q, "");
    }

    private static HttpResponse<String> search(String q, String more) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search?q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8) + more))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every Lucene syntax character and broken structure: a 400 in strict syntax, a 200 with a notice otherwise. */
    static List<String> malformedQueries() {
        return List.of(
                "，。！？",
                "*",
                "+",
                "-",
                "&&",
                "||",
                "!",
                "(",
                ")",
                "{}",
                "[]",
                "^",
                "~",
                "?",
                ":",
                "\\",
                "/",
                "+-&&||!(){}[]^~*?:\\/",
                "\"\"",
                "\"主题\"教育\"",
                "((主题)",
                "OR",
                "主题 OR",
                "OR 教育",
                "-主题",
                "AND");
    }

    @ParameterizedTest
    @MethodSource("malformedQueries")
    void syntaxCharactersAndBrokenStructureAre400sInStrictSyntax(String q) throws Exception {
        HttpResponse<String> r = search(q, "&syntax=strict");
        assertThat(r.statusCode()).as(q + " → " + r.body()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asText()).isIn("invalid_query", "invalid_parameter");
        assertThat(body.get("message").asText()).isNotBlank().doesNotContain("org.apache", "Exception");
    }

    @ParameterizedTest
    @MethodSource("malformedQueries")
    void byDefaultTheSameQueriesAnswer200WithANoticeSayingWhatWasSearched(String q) throws Exception {
        HttpResponse<String> r = search(q, "");
        assertThat(r.statusCode()).as(q + " → " + r.body()).isEqualTo(200);
        JsonNode notice = JSON.readTree(r.body()).get("notice");
        assertThat(notice).as(q + " → " + r.body()).isNotNull();
        assertThat(notice.get("problem").asText()).isNotBlank().doesNotContain("org.apache", "Exception");
        String searched = notice.get("searched").asText();
        assertThat(searched).doesNotContain("\"", "(", ")", "OR", "AND");
        if (searched.isEmpty()) {
            assertThat(JSON.readTree(r.body()).get("total").asLong())
                    .as("nothing was searched")
                    .isZero();
        }
    }

    @Test
    void stopwordsAloneAreOrdinaryCharactersThatMatch() throws Exception {
        // zhsearch has no stopwords in the recall field: 的 is searchable like any character
        HttpResponse<String> r = search("的");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("total").asLong()).isPositive();
    }

    @Test
    void moreThanSixtyFourTermsAreRejectedNotRun() throws Exception {
        // 65 terms in 129 characters: within the 256-character limit, so the term limit itself answers
        String q = String.join(" ", Collections.nCopies(65, "教"));
        HttpResponse<String> r = search(q);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("invalid_query");
        assertThat(JSON.readTree(r.body()).get("message").asText()).contains("64");
        assertThat(search(String.join(" ", Collections.nCopies(64, "教"))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void generatedQueriesNeverGet5xx() throws Exception {
        String[] pieces = {
            "主题", "教育", "芯", "𠀾", "Ｇ２０", "OR", "AND", "-", "\"", "(", ")", "*", ":", "\\", " ", "%", "&", "#", "?",
            "=", "<b>", "'", "\u0000", "\u3000", "乡村振兴"
        };
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            StringBuilder q = new StringBuilder();
            for (int p = random.nextInt(8); p >= 0; p--) {
                q.append(pieces[random.nextInt(pieces.length)]);
            }
            HttpResponse<String> r = search(q.toString());
            assertThat(r.statusCode()).as("<" + q + "> → " + r.body()).isIn(200, 400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        }
    }
}
