package org.zhsearch.index;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.schema.SchemaSamples;

/** The embedded translation of the schema is the one the golden file holds: every Lucene field of every document. */
class ParagraphDocumentsGoldenTest {
    @Test
    void theLuceneDocumentsAreUnchanged() throws IOException {
        Analysis analysis = Analysis.builtIn();
        StringBuilder out = new StringBuilder();
        for (Article a : SchemaSamples.articles()) {
            for (Document d : ParagraphDocuments.of(a, analysis)) {
                out.append("--- document\n");
                for (IndexableField f : d.getFields()) {
                    out.append(f.getClass().getSimpleName()).append(' ').append(f.name()).append(' ')
                            .append(f.fieldType()).append(" = ").append(value(f)).append('\n');
                }
            }
        }
        SchemaSamples.assertGolden("lucene-documents.txt", out.toString());
    }

    private static String value(IndexableField f) {
        if (f instanceof org.apache.lucene.document.FeatureField feature) {
            // the feature's name is its string value; its value shows only in the token stream
            try (var ts = feature.tokenStream(null, null)) {
                ts.reset();
                ts.incrementToken();
                return feature.stringValue() + " " + ts.reflectAsString(false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (f.numericValue() != null) {
            return f.numericValue().getClass().getSimpleName() + " " + f.numericValue();
        }
        if (f.binaryValue() != null) {
            return "bytes " + f.binaryValue().utf8ToString();
        }
        return f.stringValue() != null ? "string " + f.stringValue() : f.toString();
    }
}
