package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.schema.SchemaSamples;

/**
 * The OpenSearch translation of the schema is the one the golden files hold: mapping, added fields, documents. JSON
 * is compared as JSON (the order of an object's keys means nothing to OpenSearch; the order of arrays is kept).
 */
class IndexSchemaGoldenTest {
    @Test
    void theIndexMappingIsUnchanged() throws IOException {
        assertGoldenJson("opensearch-index.json", IndexSchema.create(3, 1));
        ArrayNode added =
                Cluster.JSON.createArrayNode().add(IndexSchema.addedFields()).add(IndexSchema.writes(1));
        assertGoldenJson("opensearch-added-fields.json", added);
    }

    @Test
    void theParagraphDocumentsAreUnchanged() throws IOException {
        Analysis analysis = Analysis.builtIn();
        ArrayNode docs = Cluster.JSON.createArrayNode();
        for (Article a : SchemaSamples.articles()) {
            for (Paragraph p : a.paragraphs()) {
                docs.add(ParagraphJson.of(a, p, analysis));
            }
        }
        assertGoldenJson("opensearch-documents.json", docs);
    }

    private static void assertGoldenJson(String name, JsonNode actual) throws IOException {
        String pretty = Cluster.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        SchemaSamples.writeGolden(name, pretty);
        // through text and back, so numbers compare as parsed numbers (an int and a long of one value are equal)
        JsonNode expected = Cluster.JSON.readTree(SchemaSamples.readGolden(name));
        assertThat(Cluster.JSON.readTree(pretty)).as(name + ":\n" + pretty).isEqualTo(expected);
    }
}
