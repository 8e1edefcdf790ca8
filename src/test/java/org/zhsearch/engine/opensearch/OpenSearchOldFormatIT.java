package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.engine.IndexFormat;

/**
 * An index behind the alias without the current format in its mapping's {@code _meta} (as the previous version
 * created them) is refused when opened to search; a build replaces it with an index of the current format.
 */
class OpenSearchOldFormatIT {
    private final OpenSearchCluster cluster = OpenSearchCluster.shared();
    private final String alias = "old-format-it-" + System.nanoTime();

    @TempDir
    Path tmp;

    @AfterEach
    void delete() {
        cluster.request("DELETE", "/" + alias + "-*", null);
    }

    @Test
    void anIndexWithoutTheFormatIsRefusedUntilARebuild() throws IOException {
        ObjectNode old = IndexSchema.create(3, 1);
        ((ObjectNode) old.path("mappings")).remove("_meta");
        cluster.request("PUT", "/" + alias + "-old", old.toString());
        cluster.request(
                "POST",
                "/_aliases",
                "{\"actions\":[{\"add\":{\"index\":\"" + alias + "-old\",\"alias\":\"" + alias + "\"}}]}");
        ZhsearchConfig config = ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        String.join(",", cluster.urls()),
                        ZhsearchConfig.OS_INDEX,
                        alias));

        assertThatThrownBy(() -> ZhSearch.open(config).close())
                .isInstanceOf(ZhsearchException.class)
                .hasMessageContaining("built by an earlier version of zhsearch")
                .hasMessageContaining("rebuild it once: zhsearch index")
                .satisfies(e -> assertThat(((ZhsearchException) e).errorCode()).isEqualTo(ErrorCode.INDEX_UNREADABLE));

        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        ZhSearch.build(config, corpus, IndexOptions.defaults(), ProgressListener.NONE);
        assertThat(cluster.request("GET", "/" + alias + "/_mapping", null))
                .contains("\"" + IndexFormat.KEY + "\":" + IndexFormat.CURRENT);
        try (ZhSearch zh = ZhSearch.open(config)) {
            // a lone character (every term that begins with it) and a phrase with one beside a word
            assertThat(zh.search(SearchRequest.of("教").withMode(SearchMode.EXACT))
                            .total())
                    .isPositive();
            assertThat(zh.search(SearchRequest.of("主题教育").withMode(SearchMode.EXACT))
                            .total())
                    .isPositive();
        }
    }
}
