package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;

/** {@code POST /api/admin/reload-dictionaries}: token-protected, and the new words apply without a restart. */
class DictionaryReloadApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "reload-test-token";

    @TempDir
    Path tmp;

    private static HttpResponse<String> call(String method, String uri, String token) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(uri)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String terms(String base, String text) throws Exception {
        JsonNode tokens = JSON.readTree(
                        call("GET", base + "/api/analyze?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null)
                                .body())
                .get("tokens");
        StringBuilder out = new StringBuilder();
        tokens.forEach(t -> out.append(t.get("term").asText()).append('|'));
        return out.toString();
    }

    @Test
    void reloadAppliesAnEditedUserDictionaryAtOnce() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("config"));
        Files.writeString(config.resolve(ZhSearch.USER_DICT_FILE), "# empty at first\n");
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"), config);
                ZhsearchServer server = new ZhsearchServer(
                        zh, ServerSettings.local(0, tmp.resolve("index")).withAdminToken(TOKEN))) {
            server.start();
            String base = "http://127.0.0.1:" + server.port();
            assertThat(terms(base, "新就业群体的权益")).startsWith("新|就业|群体|");

            Files.writeString(config.resolve(ZhSearch.USER_DICT_FILE), "新就业群体\n");
            assertThat(call("POST", base + "/api/admin/reload-dictionaries", null)
                            .statusCode())
                    .isEqualTo(401);
            assertThat(call("POST", base + "/api/admin/reload-dictionaries", "wrong-token")
                            .statusCode())
                    .isEqualTo(401);
            HttpResponse<String> r = call("POST", base + "/api/admin/reload-dictionaries", TOKEN);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get("userWords").asInt()).isEqualTo(1);
            assertThat(terms(base, "新就业群体的权益")).startsWith("新就业群体|的|");
        }
    }

    @Test
    void reloadIsDisabledWithoutAToken() throws Exception {
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"));
                ZhsearchServer server = new ZhsearchServer(zh, ServerSettings.local(0, tmp.resolve("index")))) {
            server.start();
            HttpResponse<String> r =
                    call("POST", "http://127.0.0.1:" + server.port() + "/api/admin/reload-dictionaries", TOKEN);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("writes_disabled");
        }
    }
}
