package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.schema.SchemaSamples;

/** The OpenSearch translation of the schema is the one the golden files hold: mapping, added fields, documents. */
class IndexSchemaGoldenTest {
    @Test
    void theIndexMappingIsUnchanged() throws IOException {
        SchemaSamples.assertGolden("opensearch-index.json", pretty(IndexSchema.create(3, 1)));
        SchemaSamples.assertGolden("opensearch-added-fields.json", pretty(IndexSchema.addedFields())
                + pretty(IndexSchema.unindexedPinyin()) + pretty(IndexSchema.writes(1)));
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
        SchemaSamples.assertGolden("opensearch-documents.json", pretty(docs));
    }

    private static String pretty(Object json) throws IOException {
        return Cluster.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    }
}
