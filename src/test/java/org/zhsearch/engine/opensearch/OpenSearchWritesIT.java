package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.ZhsearchConfig;

/**
 * Writes when the cluster refuses them, with real blocks and a really deleted writes store on the 3-node test
 * cluster: a write that cannot be recorded is refused and never served, not even after a rebuild; {@code /health}
 * says why writes are refused; a rebuild removes the indexes abandoned rebuilds left.
 */
class OpenSearchWritesIT {
    private static final String BLOCK_WRITES = "{\"index.blocks.write\": true}";

    @TempDir
    Path tmp;

    private final OpenSearchCluster cluster = OpenSearchCluster.shared();
    private final String alias = "writes-it-" + System.nanoTime();
    private Path corpus;
    private ZhSearch zh;

    @BeforeEach
    void build() throws IOException {
        corpus = TestCorpus.write(tmp.resolve("corpus"));
        zh = ZhSearch.open(ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        String.join(",", cluster.urls()),
                        ZhsearchConfig.OS_INDEX,
                        alias)));
        zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        unblock(alias + "*");
        zh.close();
        cluster.request("DELETE", "/" + alias + "-*", null);
    }

    /** Removes the blocks; one at a time, since read_only_allow_delete refuses changes of other settings. */
    private void unblock(String indexes) {
        cluster.request("PUT", "/" + indexes + "/_settings", "{\"index.blocks.read_only_allow_delete\": null}");
        cluster.request("PUT", "/" + indexes + "/_settings", "{\"index.blocks.write\": null}");
    }

    private static Article article(String id, String text) {
        return new Article(id, "标题", null, null, null, null, List.of(), List.of(new Paragraph(1, null, text)));
    }

    private long exact(String q) {
        return zh.search(SearchRequest.of(q).withMode(org.zhsearch.api.SearchMode.EXACT))
                .total();
    }

    @Test
    void aWriteWhoseRecordFailsIsNotServedNotEvenAfterARebuild() {
        cluster.request("PUT", "/" + alias + "-writes/_settings", BLOCK_WRITES);
        assertThat(zh.writeFailure()).as("health").contains(alias + "-writes").contains("index.blocks.write");

        assertThatThrownBy(() -> zh.put(article("api/refused.txt", "记录失败的文章不应出现。")))
                .isInstanceOfSatisfying(
                        ZhsearchException.class,
                        e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(ErrorCode.INDEX_UNWRITABLE))
                .hasMessageContaining("refuses writes");
        assertThatThrownBy(() -> zh.delete("news/keji.txt")).isInstanceOf(ZhsearchException.class);
        assertThat(zh.article("api/refused.txt")).isEmpty();
        assertThat(exact("记录失败")).isZero();
        assertThat(zh.article("news/keji.txt")).as("the refused delete").isPresent();

        unblock(alias + "-writes");
        assertThat(zh.writeFailure()).isNull();
        zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
        assertThat(zh.article("api/refused.txt")).as("after the rebuild").isEmpty();
        assertThat(zh.article("news/keji.txt")).isPresent();
        assertThat(zh.put(article("api/accepted.txt", "解除封锁后写入成功。"))).isTrue();
        assertThat(exact("解除封锁后")).isEqualTo(1);
    }

    @Test
    void aBlockedLiveIndexIsReportedByHealthAndRefusesWritesWithoutServingThem() {
        assertThat(zh.writeFailure()).isNull();
        cluster.request("PUT", "/" + alias + "/_settings", "{\"index.blocks.read_only_allow_delete\": true}");
        assertThat(zh.writeFailure()).contains("read_only_allow_delete").contains("flood-stage");
        assertThat(zh.isServing()).as("searches still work").isTrue();

        assertThatThrownBy(() -> zh.put(article("api/blocked.txt", "只读索引拒绝的写入。")))
                .isInstanceOfSatisfying(
                        ZhsearchException.class,
                        e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(ErrorCode.INDEX_UNWRITABLE));
        assertThat(exact("人工智能")).isPositive();

        unblock(alias + "*");
        assertThat(zh.writeFailure()).isNull();
        zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
        assertThat(zh.article("api/blocked.txt"))
                .as("its record was cut back out")
                .isEmpty();
    }

    @Test
    void aDeletedWritesStoreRefusesWritesUntilARebuildCreatesItAgain() {
        cluster.request("DELETE", "/" + alias + "-writes", null);
        assertThat(zh.writeFailure()).contains("missing");
        assertThatThrownBy(() -> zh.put(article("api/nostore.txt", "没有写入存储时的文章。")))
                .isInstanceOfSatisfying(
                        ZhsearchException.class,
                        e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(ErrorCode.INDEX_UNWRITABLE))
                .hasMessageContaining("zhsearch index");
        assertThat(exact("没有写入存储")).isZero();

        zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
        assertThat(zh.writeFailure()).isNull();
        assertThat(zh.put(article("api/nostore.txt", "没有写入存储时的文章。"))).isTrue();
        zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
        assertThat(exact("没有写入存储")).isEqualTo(1);
    }

    @Test
    void aWriteTheLiveIndexWouldSilentlyIgnoreIsRefused() throws IOException {
        zh.put(article("api/versioned.txt", "第一版。"));
        zh.put(article("api/versioned.txt", "第二版。"));
        cluster.request("DELETE", "/" + alias + "-writes", null);
        Path empty = java.nio.file.Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> zh.rebuild(empty, IndexOptions.defaults(), ProgressListener.NONE))
                .hasMessageContaining("kept the live index"); // it created the writes store again, numbering from 0

        assertThatThrownBy(() -> zh.put(article("api/versioned.txt", "第三版。")))
                .isInstanceOfSatisfying(
                        ZhsearchException.class,
                        e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(ErrorCode.INDEX_UNWRITABLE))
                .hasMessageContaining("rebuild");
        assertThat(zh.article("api/versioned.txt")
                        .orElseThrow()
                        .paragraphs()
                        .getFirst()
                        .text())
                .isEqualTo("第二版。");

        zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
        zh.put(article("api/versioned.txt", "第三版。"));
        assertThat(zh.article("api/versioned.txt")
                        .orElseThrow()
                        .paragraphs()
                        .getFirst()
                        .text())
                .isEqualTo("第三版。");
    }

    @Test
    void aRebuildRemovesTheIndexesAbandonedRebuildsLeft() {
        String abandoned = alias + "-20200101-000000-000";
        cluster.request("PUT", "/" + abandoned, "{\"settings\": {\"number_of_replicas\": 0}}");
        assertThat(cluster.request("GET", "/_cat/indices/" + alias + "*?h=index", null))
                .contains(abandoned);

        zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);

        String left = cluster.request("GET", "/_cat/indices/" + alias + "*?h=index", null);
        assertThat(left.lines().map(String::strip).sorted().toList())
                .as(left)
                .hasSize(3) // the live index, the write log and the corpus manifest
                .contains(alias + "-writes", alias + "-corpus")
                .noneMatch(abandoned::equals);
    }

    @Test
    void aMissingAliasIsReportedAsNoIndexWithWhatToRun() {
        String behind = cluster.request("GET", "/_alias/" + alias, null);
        String index = behind.substring(2, behind.indexOf('"', 2));
        cluster.request(
                "POST",
                "/_aliases",
                "{\"actions\": [{\"remove\": {\"index\": \"" + index + "\", \"alias\": \"" + alias + "\"}}]}");
        try {
            assertThatThrownBy(() -> exact("人工智能"))
                    .isInstanceOfSatisfying(
                            ZhsearchException.class,
                            e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(ErrorCode.NO_INDEX))
                    .hasMessageContaining("zhsearch index");
            assertThat(zh.isServing()).isFalse();
        } finally {
            cluster.request(
                    "POST",
                    "/_aliases",
                    "{\"actions\": [{\"add\": {\"index\": \"" + index + "\", \"alias\": \"" + alias + "\"}}]}");
        }
    }
}
