package org.zhsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.schema.Fields;
import org.zhsearch.schema.ParagraphField;
import org.zhsearch.schema.SchemaSamples;

/** The embedded translation of the schema is the one the golden file holds: every Lucene field of every document. */
class ParagraphDocumentsGoldenTest {
    @Test
    void theLuceneDocumentsAreUnchanged() throws IOException {
        Analysis analysis = Analysis.builtIn();
        StringBuilder out = new StringBuilder();
        for (Article a : SchemaSamples.articles()) {
            for (Document d : ParagraphDocuments.of(a, analysis, DeclaredFields.NONE)) {
                out.append("--- document\n");
                for (IndexableField f : d.getFields()) {
                    out.append(f.getClass().getSimpleName())
                            .append(' ')
                            .append(f.name())
                            .append(' ')
                            .append(f.fieldType())
                            .append(" = ")
                            .append(value(f))
                            .append('\n');
                }
            }
        }
        SchemaSamples.assertGolden("lucene-documents.txt", out.toString());
    }

    @Test
    void everyFieldOfTheSchemaIsWrittenUnlessDerivedAndStoredOnesAreStored() {
        Article complete = SchemaSamples.articles().getFirst(); // paragraph 1: a heading, every value present
        Document d = ParagraphDocuments.of(complete, Analysis.builtIn(), DeclaredFields.NONE)
                .getFirst();
        for (ParagraphField f : ParagraphField.values()) {
            // the length is the feature "length" of the features field
            String name = f == ParagraphField.LENGTH ? Fields.FEATURES : f.field();
            if (f.derived()) {
                assertThat(d.getFields(name)).as(f.toString()).isEmpty();
                continue;
            }
            assertThat(d.getFields(name)).as(f.toString()).isNotEmpty();
            // the role of a heading or body paragraph is inferred when read, never stored (see roleOf)
            boolean stored = java.util.Arrays.stream(d.getFields(name))
                    .anyMatch(x -> x.fieldType().stored());
            // the article id and paragraph number are read back from their doc values (ParagraphKeys), not stored
            boolean fromDocValues = f == ParagraphField.ARTICLE_ID || f == ParagraphField.N;
            assertThat(stored).as(f.toString()).isEqualTo(f.stored() && f != ParagraphField.ROLE && !fromDocValues);
            if (fromDocValues) {
                assertThat(d.getFields(name))
                        .as(f.toString())
                        .anyMatch(x -> x.fieldType().docValuesType() != org.apache.lucene.index.DocValuesType.NONE);
            }
        }
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
