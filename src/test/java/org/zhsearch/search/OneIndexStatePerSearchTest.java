package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;

/**
 * A search reads one index state (one held searcher) for its page, total, related results and facets, so they
 * agree while articles are written (the embedded engine; {@code OpenSearchEngineContractIT} checks the cluster).
 */
class OneIndexStatePerSearchTest {
    @TempDir
    Path tmp;

    @Test
    void totalRelatedTotalAndFacetsOfEachSearchAgreeWhileArticlesAreWritten() throws Exception {
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"))) {
            WritesDuringSearches.Outcome o = WritesDuringSearches.run(zh, 60, Duration.ofSeconds(20));

            assertThat(o.disagreements()).as("%s", o).isEmpty();
            assertThat(o.writes()).as("writes landed during the searches").isGreaterThan(10);
            assertThat(o.nonEmpty()).as("searches that found written articles").isGreaterThan(10);
        }
    }
}
