package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.engine.DeclaredFixture;
import org.zhsearch.engine.EngineContract;
import org.zhsearch.search.WritesDuringSearches;

/** The engine contract on the OpenSearch engine, on the 3-node test cluster. */
class OpenSearchEngineContractIT extends EngineContract {
    private final String alias = "contract-" + System.nanoTime();

    @Override
    protected ZhsearchConfig config(Path dir) {
        return config(alias);
    }

    /** Its own alias: the declared-fields checks rebuild their index, which the other tests must not see. */
    @Override
    protected ZhsearchConfig declaredConfig(Path dir, DeclaredFields fields) {
        return DeclaredFixture.withFields(config(alias + "-" + dir.getFileName()), fields); // one index per dir
    }

    private static ZhsearchConfig config(String index) {
        return ZhsearchConfig.load(
                null,
                Map.of(),
                Map.of(
                        ZhsearchConfig.BACKEND,
                        ZhsearchConfig.OPENSEARCH,
                        ZhsearchConfig.OS_URLS,
                        String.join(",", OpenSearchCluster.shared().urls()),
                        ZhsearchConfig.OS_INDEX,
                        index));
    }

    /** Each search reads one point in time, so its totals and facets agree while articles are written. */
    @Test
    void totalRelatedTotalAndFacetsOfEachSearchAgreeWhileArticlesAreWritten() throws Exception {
        try (ZhSearch zh = ZhSearch.open(config(alias + "-pit"))) { // its own index: the writes touch no other test
            WritesDuringSearches.Outcome o = WritesDuringSearches.run(zh, 60, Duration.ofSeconds(30));

            assertThat(o.disagreements()).as("%s", o).isEmpty();
            assertThat(o.writes()).as("writes landed during the searches").isGreaterThan(10);
            assertThat(o.nonEmpty()).as("searches that found written articles").isGreaterThan(10);
            assertThat(OpenSearchCluster.shared()
                            .request("GET", "/_search/point_in_time/_all", null)
                            .replace(" ", ""))
                    .as("every search deleted its point in time")
                    .contains("\"pits\":[]");
        }
    }

    @org.junit.jupiter.api.AfterAll
    void deleteTheIndexes() {
        OpenSearchCluster.shared().request("DELETE", "/" + alias + "-*", null);
    }
}
