package org.zhsearch;

import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.Backend;
import org.zhsearch.config.ConfigException;
import org.zhsearch.engine.Engine;
import org.zhsearch.engine.embedded.EmbeddedEngine;
import org.zhsearch.engine.opensearch.OpenSearchEngine;

/** Opens the engine a {@link Backend} names, for the facade: the one place that picks an engine. */
final class EngineOpening {
    private EngineOpening() {}

    /**
     * The engine of {@code backend}, analysing with {@code analysis} (warmed up first) and indexing {@code fields}.
     * Opened {@code forSearches}, an index built with a declared field as another type is refused with a
     * {@link ConfigException} saying to rebuild, and an index of another format ({@code IndexFormat}) with an
     * {@code index_unreadable} error saying to rebuild once. Opened to build (or to see whether an index exists), both
     * checks are skipped (a build is how they are cleared) and only SmartChinese is warmed up (a build reads no
     * pinyin).
     */
    static Engine open(Backend backend, CurrentAnalysis analysis, DeclaredFields fields, boolean forSearches) {
        AnalysisLoading.warmUp(analysis.get(), forSearches); // before the first search or file to index
        Engine engine = switch (backend) {
            case Backend.Embedded embedded -> EmbeddedEngine.open(embedded.indexHome(), analysis, fields);
            case Backend.OpenSearch cluster -> OpenSearchEngine.open(cluster.cluster(), analysis, fields);
        };
        String format = forSearches ? engine.formatProblem() : null;
        if (format != null) {
            engine.close();
            throw new ZhsearchException(ErrorCode.INDEX_UNREADABLE, format);
        }
        String typeChange = forSearches ? engine.fieldTypeProblem() : null;
        if (typeChange != null) {
            engine.close();
            throw new ConfigException(typeChange);
        }
        return engine;
    }
}
