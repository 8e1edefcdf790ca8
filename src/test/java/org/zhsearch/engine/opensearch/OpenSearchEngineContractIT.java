package org.zhsearch.engine.opensearch;

import java.nio.file.Path;
import java.util.Map;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.engine.EngineContract;

/** The engine contract on the OpenSearch engine, on the 3-node test cluster. */
class OpenSearchEngineContractIT extends EngineContract {
    private final String alias = "contract-" + System.nanoTime();

    @Override
    protected ZhsearchConfig config(Path dir) {
        return ZhsearchConfig.load(null, Map.of(), Map.of(ZhsearchConfig.BACKEND, ZhsearchConfig.OPENSEARCH,
                ZhsearchConfig.OS_URLS, String.join(",", OpenSearchCluster.shared().urls()),
                ZhsearchConfig.OS_INDEX, alias));
    }

    @org.junit.jupiter.api.AfterAll
    void deleteTheIndexes() {
        OpenSearchCluster.shared().request("DELETE", "/" + alias + "-*", null);
    }
}
