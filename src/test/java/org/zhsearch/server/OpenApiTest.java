package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} describes exactly the routes the server registers. */
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @TempDir
    static Path dir;

    static TestServer server;
    static JsonNode openapi;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(dir, TestServer.TOKEN);
        HttpResponse<String> r = server.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        openapi = server.json(r);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** "GET /api/articles/<id>" → "GET /api/articles/{id}". */
    private static String toOpenApi(String route) {
        return route.replaceAll("<([^>]+)>", "{$1}");
    }

    private static List<String> documented() {
        List<String> operations = new ArrayList<>();
        openapi.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    if (METHODS.contains(op.getKey())) {
                        operations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }

    @Test
    void everyRegisteredRouteIsDocumented() {
        List<String> registered =
                server.server.routes().stream().map(OpenApiTest::toOpenApi).toList();
        assertThat(registered).hasSizeGreaterThanOrEqualTo(15);
        assertThat(documented()).containsAll(registered);
    }

    @Test
    void everyDocumentedRouteExists() {
        List<String> registered =
                server.server.routes().stream().map(OpenApiTest::toOpenApi).toList();
        assertThat(registered).containsAll(documented());
    }

    @Test
    void itIsAnOpenApi3DocumentWhoseReferencesResolve() {
        assertThat(openapi.get("openapi").asText()).startsWith("3.");
        assertThat(openapi.at("/info/title").asText()).isEqualTo("zhsearch");
        List<String> refs = openapi.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(openapi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    @Test
    void theHitSchemaListsTheContractFields() {
        JsonNode hit = openapi.at("/components/schemas/Hit/properties");
        List<String> names = new ArrayList<>();
        hit.fieldNames().forEachRemaining(names::add);
        assertThat(names)
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
                        "matchingParagraphs",
                        "role",
                        "snippet",
                        "matched",
                        "match",
                        "fields",
                        "sourcePage");
    }

    /** The schemas of what the API writes name exactly the records' components, in order. */
    @Test
    void theHitAndParagraphSchemasNameTheRecordComponents() {
        for (Class<?> record : List.of(org.zhsearch.api.Hit.class, org.zhsearch.api.Paragraph.class)) {
            List<String> names = new ArrayList<>();
            openapi.at("/components/schemas/" + record.getSimpleName() + "/properties")
                    .fieldNames()
                    .forEachRemaining(names::add);
            assertThat(names)
                    .as(record.getSimpleName())
                    .containsExactly(java.util.Arrays.stream(record.getRecordComponents())
                            .map(java.lang.reflect.RecordComponent::getName)
                            .toArray(String[]::new));
        }
    }
}
