package org.zhsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Paragraph;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.schema.Fields;

/**
 * An article's values are stored on its first paragraph only, yet every hit and every article read back carries
 * them, wherever the first paragraph is: next to the hit, in another segment, or after it.
 */
class ArticleDocumentsTest {
    private static final Analysis ANALYSIS = Analysis.builtIn();
    private static final DeclaredFields DECLARED = new DeclaredFields(
            List.of(new DeclaredField(
                    "author", FieldType.KEYWORD, java.util.EnumSet.of(DeclaredField.Use.SHOW), "作者", 1f)),
            false);

    @Test
    void onlyTheFirstParagraphStoresTheArticlesValues() {
        List<Document> docs = ParagraphDocuments.of(article("a", "蓝莓丰收", 3), ANALYSIS, DECLARED);

        assertThat(docs.get(0).get(Fields.TITLE)).isEqualTo("蓝莓丰收");
        assertThat(docs.get(0).getValues(Fields.EDITORS)).containsExactly("张三");
        for (Document later : docs.subList(1, 3)) {
            for (String field : List.of(
                    Fields.TITLE, Fields.DATE, Fields.SOURCE, Fields.PUBLICATION, Fields.PAGE, Fields.EDITORS)) {
                assertThat(later.getFields(field))
                        .as(field)
                        .noneMatch(f -> f.fieldType().stored());
            }
            // the keywords that filter and facet stay on every paragraph; the title keyword (suggestions, which
            // count articles) and title words are on the first only
            assertThat(later.getFields(Fields.SOURCE)).isNotEmpty();
            assertThat(later.getFields(Fields.TITLE)).isEmpty();
            assertThat(later.getFields(Fields.TITLE_WORDS)).isEmpty();
        }
        // the article id and paragraph number are doc values on every paragraph, stored on none
        for (Document d : docs) {
            for (String field : List.of(Fields.ARTICLE_ID, Fields.N)) {
                assertThat(d.getFields(field))
                        .as(field)
                        .noneMatch(f -> f.fieldType().stored());
                assertThat(d.getFields(field))
                        .as(field)
                        .anyMatch(f -> f.fieldType().docValuesType() != org.apache.lucene.index.DocValuesType.NONE);
            }
        }
    }

    @Test
    void everyHitCarriesItsArticlesValuesWhereverTheFirstParagraphIs() throws IOException {
        int huge = ParagraphDocuments.FIRST_BLOCK + 2;
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = writer(dir)) {
            List<Document> slices = docs(article("huge", "年鉴", huge));
            writer.addDocuments(slices.subList(0, ParagraphDocuments.FIRST_BLOCK));
            writer.commit(); // the last slice in another segment
            writer.addDocuments(slices.subList(ParagraphDocuments.FIRST_BLOCK, huge));
            List<Document> reversed = docs(article("reversed", "倒序", 3));
            Collections.reverse(reversed); // paragraph 1 written last: not where the block rule looks
            writer.addDocuments(reversed);
            writer.addDocuments(docs(article("plain", "蓝莓丰收", 3)));
            writer.commit();

            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ArticleDocuments documents = new ArticleDocuments(searcher);
                for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Fields.SOURCE, "s")), 10_000).scoreDocs) {
                    StoredHit hit = documents.hit(sd.doc, 1f, null);
                    Article expected = switch (hit.articleId()) {
                        case "huge" -> article("huge", "年鉴", huge);
                        case "reversed" -> article("reversed", "倒序", 3);
                        default -> article("plain", "蓝莓丰收", 3);
                    };
                    assertThat(hit.title()).as(hit.id()).isEqualTo(expected.title());
                    assertThat(hit.date()).as(hit.id()).isEqualTo(expected.date());
                    assertThat(hit.source()).as(hit.id()).isEqualTo("s");
                    assertThat(hit.fields()).as(hit.id()).isEqualTo(Map.of("author", "李四"));
                    assertThat(hit.text())
                            .as(hit.id())
                            .isEqualTo(expected.paragraphs()
                                    .get(hit.paragraph() - 1)
                                    .text());
                }
                for (String id : List.of("huge", "reversed", "plain")) {
                    Article read = ParagraphDocuments.toArticle(
                            StoredArticles.documents(searcher, new Term(Fields.ARTICLE_ID, id)));
                    assertThat(read.id()).isEqualTo(id); // from the doc values: no stored id any more
                    assertThat(read.title()).isNotNull();
                    assertThat(read.editors()).containsExactly("张三");
                    assertThat(read.publication()).isEqualTo("人民日报");
                    assertThat(read.fields()).isEqualTo(Map.of("author", "李四"));
                    assertThat(read.paragraphs()).extracting(Paragraph::n).startsWith(1, 2, 3);
                }
            }
        }
    }

    private static IndexWriter writer(ByteBuffersDirectory dir) throws IOException {
        return new IndexWriter(
                dir, new IndexWriterConfig(IndexAnalyzer.of(ANALYSIS)).setMergePolicy(NoMergePolicy.INSTANCE));
    }

    private static List<Document> docs(Article article) {
        return ParagraphDocuments.of(article, ANALYSIS, DECLARED);
    }

    private static Article article(String id, String title, int paragraphs) {
        List<Paragraph> list = new ArrayList<>();
        for (int n = 1; n <= paragraphs; n++) {
            list.add(new Paragraph(n, null, "第" + n + "段", Paragraph.BODY));
        }
        return new Article(id, title, "2024-06-18", "s", "人民日报", "04", List.of("张三"), list, Map.of("author", "李四"));
    }
}
