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
     * The engine of {@code backend}, analysing with {@code analysis} (warmed up first) and indexing {@code fields};
     * with {@code checkTypes}, an index built with a declared field as another type is refused with a
     * {@link ConfigException} saying to rebuild, and an index of another format ({@code IndexFormat}) with an
     * {@code index_unreadable} error saying to rebuild once (a build skips both checks: it is how they are cleared).
     */
    static Engine open(Backend backend, CurrentAnalysis analysis, DeclaredFields fields, boolean checkTypes) {
        AnalysisLoading.warmUp(analysis.get()); // before the first search or file to index
        Engine engine = switch (backend) {
            case Backend.Embedded embedded -> EmbeddedEngine.open(embedded.indexHome(), analysis, fields);
            case Backend.OpenSearch cluster -> OpenSearchEngine.open(cluster.cluster(), analysis, fields);
        };
        String format = checkTypes ? engine.formatProblem() : null;
        if (format != null) {
            engine.close();
            throw new ZhsearchException(ErrorCode.INDEX_UNREADABLE, format);
        }
        String typeChange = checkTypes ? engine.fieldTypeProblem() : null;
        if (typeChange != null) {
            engine.close();
            throw new ConfigException(typeChange);
        }
        return engine;
    }
}
