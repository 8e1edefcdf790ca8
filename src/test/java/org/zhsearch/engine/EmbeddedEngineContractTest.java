package org.zhsearch.engine;

import java.nio.file.Path;
import java.util.Map;
import org.zhsearch.config.ZhsearchConfig;

/** The engine contract on the embedded Lucene engine. */
class EmbeddedEngineContractTest extends EngineContract {
    @Override
    protected ZhsearchConfig config(Path dir) {
        return ZhsearchConfig.load(null, Map.of(), Map.of(ZhsearchConfig.INDEX_DIR, dir.toString()));
    }
}
