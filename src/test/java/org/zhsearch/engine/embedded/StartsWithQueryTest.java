package org.zhsearch.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.engine.PlanNode;
import org.zhsearch.schema.Fields;

/** Recall phrases with a lone character find exactly the texts that contain them, on a real index. */
class StartsWithQueryTest {
    private static final Analysis ANALYSIS = Analysis.builtIn();
    private static final List<String> TEXTS = List.of("命令行", "运行cd命令", "生命", "命 令", "cd命", "命cd", "令", "使命必达", "cd 生命");
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYSIS.chars()))) {
            for (String text : TEXTS) {
                Document doc = new Document();
                doc.add(new TextField(Fields.CHARS, text, Field.Store.NO));
                doc.add(new StoredField("text", text));
                w.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    private static List<String> found(String query) throws IOException {
        Analysis.RecallPhrase phrase = ANALYSIS.recallPhrase(query);
        Query q = phrase.isPlain()
                ? LuceneQueryMapper.toLucene(new PlanNode.Phrase(Fields.CHARS, phrase.units(), 0))
                : LuceneQueryMapper.toLucene(new PlanNode.StartsWith(Fields.CHARS, phrase.units(), phrase.prefix()));
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> texts = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
            texts.add(searcher.storedFields().document(sd.doc).get("text"));
        }
        assertThat(searcher.count(q)).isEqualTo(texts.size());
        return texts;
    }

    /** The texts containing {@code query} as written, once spaces are ignored between characters as the index does. */
    private static List<String> containing(String query) {
        return TEXTS.stream()
                .filter(t -> t.replace(" ", "").contains(query.replace(" ", "")))
                .toList();
    }

    @Test
    void aLoneCharacterFindsItAtARunsEndAndAtTheStartOfEveryBigram() throws IOException {
        assertThat(found("命"))
                .containsExactlyInAnyOrderElementsOf(containing("命"))
                .hasSize(8);
        assertThat(found("令")).containsExactlyInAnyOrderElementsOf(containing("令"));
    }

    @Test
    void aLoneCharacterBesideWordsIsOpenOnlyAtTheEnd() throws IOException {
        assertThat(found("cd命")).containsExactlyInAnyOrder("运行cd命令", "cd命");
        assertThat(found("命cd")).containsExactly("命cd");
        assertThat(found("cd生")).containsExactly("cd 生命");
    }

    @Test
    void aLoneCharacterBeforeAnotherMatchesWithOrWithoutTheSpace() throws IOException {
        assertThat(found("命 令")).containsExactlyInAnyOrder("命令行", "运行cd命令", "命 令");
        assertThat(found("命 令行")).containsExactly("命令行");
    }

    @Test
    void aCharacterNoTermBeginsWithFindsNothing() throws IOException {
        assertThat(found("cd龙")).isEmpty();
        assertThat(found("龙")).isEmpty();
    }
}
