package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test cluster itself ({@link OpenSearchCluster}, {@code bin/zhsearch-cluster}): three nodes, green, the
 * SmartChinese plugin installed, and a node killed with {@code kill -9} is survived and taken back.
 */
class OpenSearchClusterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX = "zhsearch-cluster-it";

    private final OpenSearchCluster cluster = OpenSearchCluster.shared();
    private final List<String> urls = cluster.urls();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void threeNodesAreGreenAndSmartChineseIsInstalled() throws Exception {
        assertThat(urls).hasSize(3).allMatch(u -> u.startsWith("http://127.0.0.1:"));
        JsonNode health = ok("GET", urls.get(0), "/_cluster/health?wait_for_status=green&timeout=30s", null);
        assertThat(health.get("cluster_name").asText()).isEqualTo("zhsearch-test");
        assertThat(health.get("status").asText()).isEqualTo("green");
        assertThat(health.get("number_of_nodes").asInt()).isEqualTo(3);
        for (String url : urls) {
            assertThat(ok("GET", url, "/", null).get("version").get("number").asText())
                    .isEqualTo("3.8.0");
        }

        JsonNode analyzed =
                ok("POST", urls.get(1), "/_analyze", "{\"tokenizer\":\"smartcn_tokenizer\",\"text\":\"推动主题教育走深走实\"}");
        List<String> tokens = new ArrayList<>();
        analyzed.get("tokens").forEach(t -> tokens.add(t.get("token").asText()));
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(4).startsWith("推动", "主题", "教育");
    }

    @Test
    void aKilledNodeIsSurvivedAndTakenBack() throws Exception {
        send("DELETE", urls.get(0), "/" + INDEX, null); // left by an earlier run that died: data outlives runs
        ok("PUT", urls.get(0), "/" + INDEX, """
                {"settings": {"number_of_shards": 3, "number_of_replicas": 1},
                 "mappings": {"properties": {"text": {"type": "text", "analyzer": "smartcn"}}}}""");
        ok("PUT", urls.get(0), "/" + INDEX + "/_doc/1?refresh=true", "{\"text\":\"推动主题教育走深走实\"}");
        ok("GET", urls.get(0), "/_cluster/health/" + INDEX + "?wait_for_status=green&timeout=60s", null);
        try {
            cluster.killNode(2);

            // 408 while the wait times out, 503 while a new cluster manager is elected (if node 2 was it)
            JsonNode health = JSON.createObjectNode();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (health.path("number_of_nodes").asInt() != 2 && System.nanoTime() < deadline) {
                health = JSON.readTree(send("GET", urls.get(0), "/_cluster/health?wait_for_nodes=2&timeout=5s", null)
                        .body());
                Thread.sleep(200);
            }
            assertThat(health.path("number_of_nodes").asInt())
                    .as(health.toString())
                    .isEqualTo(2);
            assertThat(health.get("status").asText()).as(health.toString()).isIn("yellow", "green");
            for (String url : urls.subList(0, 2)) {
                assertThat(hits(url, "主题教育")).as(url).isEqualTo(1);
            }
        } finally {
            cluster.startNode(2);
        }
        JsonNode health = ok("GET", urls.get(2), "/_cluster/health?wait_for_status=green&timeout=60s", null);
        assertThat(health.get("number_of_nodes").asInt()).isEqualTo(3);
        assertThat(hits(urls.get(2), "主题教育")).isEqualTo(1);
        ok("DELETE", urls.get(0), "/" + INDEX, null);
    }

    private long hits(String url, String words) throws Exception {
        JsonNode r = ok(
                "POST",
                url,
                "/" + INDEX + "/_search",
                "{\"query\": {\"match\": {\"text\": " + JSON.writeValueAsString(words) + "}}}");
        return r.get("hits").get("total").get("value").asLong();
    }

    /** The JSON answer of a request that must succeed (2xx). */
    private JsonNode ok(String method, String url, String path, String body) throws Exception {
        HttpResponse<String> r = send(method, url, path, body);
        assertThat(r.statusCode())
                .as(method + " " + url + path + ": " + r.body())
                .isBetween(200, 299);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(String method, String url, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(70));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
