package org.zhsearch.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.Paragraph;
import org.zhsearch.index.IndexAnalyzer;
import org.zhsearch.index.ParagraphDocuments;
import org.zhsearch.index.ParagraphKeys;
import org.zhsearch.schema.Fields;

/**
 * The article join: a paragraph matches when its article's first paragraph — the only one holding the title's
 * words — matches, in every segment, at the searcher's point in time.
 */
class InArticleQueryTest {
    private static final Analysis ANALYSIS = Analysis.builtIn();

    @Test
    void everyParagraphOfAnArticleWhoseFirstParagraphMatchesAndNoOther() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = writer(dir)) {
            add(writer, article("a", "网络配置", 3));
            add(writer, article("b", "软件下载", 2));
            writer.commit();
            add(writer, article("c", "网络安全", 2));
            writer.commit();
            // c replaced by a version without the word, in a new segment: the old first paragraph is deleted
            writer.updateDocuments(new Term(Fields.ARTICLE_ID, "c"), docs(article("c", "软件安全", 4)));
            writer.commit();

            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(matches(new IndexSearcher(reader), "网络")).isEqualTo(Map.of("a", 3));
                assertThat(matches(new IndexSearcher(reader), "软件")).isEqualTo(Map.of("b", 2, "c", 4));
                assertThat(matches(new IndexSearcher(reader), "香蕉")).isEmpty();
            }
        }
    }

    @Test
    void theParagraphsOfAHugeArticleWrittenInSlicesMatchInTheSegmentsOfTheirSlices() throws IOException {
        int size = ParagraphDocuments.FIRST_BLOCK + 3;
        Article huge = article("huge", "网络手册", size);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = writer(dir)) {
            List<Document> docs = docs(huge);
            add(writer, article("a", "网络手册", 2)); // matched articles whose ids sort before and after it
            writer.addDocuments(docs.subList(0, ParagraphDocuments.FIRST_BLOCK));
            add(writer, article("z", "网络手册", 1));
            add(writer, article("zz", "软件手册", 1)); // not matched, after the last matched id
            writer.commit(); // the rest in a segment of its own, as a bulk build's next slice may be
            add(writer, article("other", "软件手册", 2));
            writer.addDocuments(docs.subList(ParagraphDocuments.FIRST_BLOCK, size));
            writer.commit();

            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(2);
                assertThat(matches(new IndexSearcher(reader), "网络")).isEqualTo(Map.of("a", 2, "huge", size, "z", 1));
                assertThat(matches(new IndexSearcher(reader), "软件")).isEqualTo(Map.of("other", 2, "zz", 1));
            }
        }
    }

    @Test
    void asAConstantBesideAMatchItAddsItsScoreToTheJoinedParagraphsOnly() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = writer(dir)) {
            add(writer, article("a", "网络配置", 2));
            add(writer, article("b", "软件下载", 2));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                BooleanQuery query = new BooleanQuery.Builder()
                        .add(new ConstantScoreQuery(new MatchAllDocsQuery()), Occur.MUST)
                        .add(new BoostQuery(new ConstantScoreQuery(join("网络")), 2.5f), Occur.SHOULD)
                        .build();
                Map<String, Float> scores = new TreeMap<>();
                IndexSearcher searcher = new IndexSearcher(reader);
                ParagraphKeys keys = new ParagraphKeys(searcher);
                for (ScoreDoc sd : searcher.search(query, 10).scoreDocs) {
                    Document d = keys.addTo(sd.doc, new Document());
                    scores.put(d.get(Fields.ARTICLE_ID) + "#" + ParagraphDocuments.n(d), sd.score);
                }
                assertThat(scores).isEqualTo(Map.of("a#1", 3.5f, "a#2", 3.5f, "b#1", 1f, "b#2", 1f));
            }
        }
    }

    /** Paragraph counts by article of what the join on {@code titleWord} matches. */
    private static Map<String, Integer> matches(IndexSearcher searcher, String titleWord) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        ParagraphKeys keys = new ParagraphKeys(searcher);
        for (ScoreDoc sd : searcher.search(join(titleWord), 100_000).scoreDocs) {
            counts.merge(keys.addTo(sd.doc, new Document()).get(Fields.ARTICLE_ID), 1, Integer::sum);
        }
        return counts;
    }

    private static InArticleQuery join(String titleWord) {
        return new InArticleQuery(new TermQuery(new Term(Fields.TITLE_WORDS, titleWord)));
    }

    private static IndexWriter writer(ByteBuffersDirectory dir) throws IOException {
        // no merges: the segments stay as written
        return new IndexWriter(
                dir, new IndexWriterConfig(IndexAnalyzer.of(ANALYSIS)).setMergePolicy(NoMergePolicy.INSTANCE));
    }

    private static void add(IndexWriter writer, Article article) throws IOException {
        writer.addDocuments(docs(article));
    }

    private static List<Document> docs(Article article) {
        return ParagraphDocuments.of(article, ANALYSIS, DeclaredFields.NONE);
    }

    private static Article article(String id, String title, int paragraphs) {
        List<Paragraph> list = new ArrayList<>();
        for (int n = 1; n <= paragraphs; n++) {
            list.add(new Paragraph(n, null, "第" + n + "段", Paragraph.BODY));
        }
        return new Article(id, title, "2024-06-18", "s", null, null, List.of(), list);
    }
}
