package org.zhsearch.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchSort;
import org.zhsearch.schema.FieldValues;
import org.zhsearch.schema.Fields;

/** {@code sort=date} orders by time of day within a day, and an index built before the dateTime field by day. */
class DateTimeOrderTest {
    @TempDir
    Path dir;

    @Test
    void twoArticlesOfOneDaySortByTheirTime() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        // the ids sort against the times, so a day-only sort (ties broken by id) gets it wrong
        Files.writeString(
                corpus.resolve("a-morning-late.txt"), "发布时间:2024-11-25 10:00:00 来源: sp20241125\n十点钟，码头的渡轮开始检票。\n");
        Files.writeString(
                corpus.resolve("b-morning-early.txt"), "发布时间:2024-11-25 09:00:00 来源: sp20241125\n九点钟，码头的渡轮还没有靠岸。\n");
        Files.writeString(
                corpus.resolve("c-day-before.txt"), "发布时间:2024-11-24 23:00:00 来源: sp20241124\n前一天夜里，码头的渡轮停航检修。\n");
        Path home = dir.resolve("index");
        ZhSearch.build(corpus, home, IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            SearchRequest q = SearchRequest.of("码头的渡轮");
            assertThat(articleIds(zh, q.withSort(SearchSort.DATE)))
                    .containsExactly("c-day-before.txt", "b-morning-early.txt", "a-morning-late.txt");
            assertThat(articleIds(zh, q.withSort(SearchSort.DATE_DESC)))
                    .containsExactly("a-morning-late.txt", "b-morning-early.txt", "c-day-before.txt");
        }
    }

    @Test
    void paragraphsIndexedWithoutTheDateTimeFieldSortByTheirDayAndUndatedOnesLast() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                // ids against the times: a day-only sort breaks the tie by id and gets it wrong
                writer.addDocument(doc("a-10h", "2024-11-25T10:00:00", true));
                writer.addDocument(doc("b-09h", "2024-11-25T09:00:00", true));
                writer.addDocument(doc("old-24th", "2024-11-24T23:00:00", false)); // built before dateTime existed
                writer.addDocument(doc("old-26th", "2024-11-26T01:00:00", false));
                writer.addDocument(doc("undated", null, true));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(sorted(searcher, SearchSort.DATE))
                        .containsExactly("old-24th", "b-09h", "a-10h", "old-26th", "undated");
                assertThat(sorted(searcher, SearchSort.DATE_DESC))
                        .containsExactly("old-26th", "a-10h", "b-09h", "old-24th", "undated");
            }
        }
    }

    private static Document doc(String id, String date, boolean withDateTime) {
        Document d = new Document();
        d.add(new StringField(Fields.ARTICLE_ID, id, Field.Store.YES));
        d.add(new org.apache.lucene.document.SortedDocValuesField(
                Fields.ARTICLE_ID, new org.apache.lucene.util.BytesRef(id)));
        d.add(new NumericDocValuesField(Fields.N, 1));
        if (date != null) {
            d.add(new NumericDocValuesField(Fields.DAY, FieldValues.epochDay(date)));
            if (withDateTime) {
                d.add(new NumericDocValuesField(Fields.DATE_TIME, FieldValues.epochSecond(date)));
            }
        }
        return d;
    }

    private static List<String> sorted(IndexSearcher searcher, SearchSort sort) throws IOException {
        TopDocs top = searcher.search(new MatchAllDocsQuery(), 10, LuceneSearch.order(sort, null));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc).get(Fields.ARTICLE_ID));
        }
        return ids;
    }

    private static List<String> articleIds(ZhSearch zh, SearchRequest q) {
        return zh.search(q).hits().stream().map(Hit::articleId).toList();
    }
}
