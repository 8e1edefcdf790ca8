package org.zhsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.corpus.ArticleParser;

class ZhsearchCodecTest {
    @TempDir
    Path tmp;

    @Test
    void buildsAndLiveWritesUseTheZhsearchCodec() throws Exception {
        Path home = tmp.resolve("home");
        ZhSearch.build(TestCorpus.write(tmp.resolve("corpus")), home, IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            zh.put(ArticleParser.parseText("live/extra.txt", "新增的段落讲述主题教育的成效。\n"));
        }

        List<String> codecs = segmentCodecs(new IndexHome(home).live().orElseThrow());
        assertThat(codecs).hasSizeGreaterThanOrEqualTo(2).containsOnly(ZhsearchCodec.NAME);
    }

    @Test
    void anIndexWrittenWithLuceneStockCodecStillOpensSearchesAndTakesWrites() throws Exception {
        IndexHome home = new IndexHome(tmp.resolve("home"));
        Path gen = home.newGeneration();
        try (FSDirectory dir = FSDirectory.open(gen);
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzer.of(Analysis.builtIn())))) {
            w.addDocuments(ParagraphDocuments.of(
                    ArticleParser.parseText("news/jiaoyu.txt", TestCorpus.JIAOYU),
                    Analysis.builtIn(),
                    DeclaredFields.NONE));
            w.setLiveCommitData(java.util.Map.of(CommitData.FORMAT, CommitData.CURRENT_FORMAT)
                    .entrySet());
            w.commit();
        }
        home.publish(gen);

        try (ZhSearch zh = ZhSearch.open(home.path())) {
            zh.put(ArticleParser.parseText("news/keji.txt", TestCorpus.KEJI));
            zh.refresh();
            assertThat(zh.search(SearchRequest.of("主题教育")).hits())
                    .extracting(Hit::articleId)
                    .contains("news/jiaoyu.txt");
            assertThat(zh.search(SearchRequest.of("大模型")).hits())
                    .extracting(Hit::text)
                    .containsExactly("多家企业发布大模型产品，人工智能应用加速落地。");
        }
        assertThat(segmentCodecs(gen)).contains("Lucene104", ZhsearchCodec.NAME);
    }

    private static List<String> segmentCodecs(Path generation) throws Exception {
        try (FSDirectory dir = FSDirectory.open(generation)) {
            return SegmentInfos.readLatestCommit(dir).asList().stream()
                    .map((SegmentCommitInfo s) -> s.info.getCodec().getName())
                    .toList();
        }
    }
}
