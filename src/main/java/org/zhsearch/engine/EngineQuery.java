package org.zhsearch.engine;

import java.util.List;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.query.QueryNode;

/**
 * A query as engines receive it.
 *
 * @param match       the parsed query with synonym alternatives already spelled out (a term with synonyms is an
 *                    {@code Or} of the term and each alternative), so every leaf is one exact substring to find
 * @param priorTerms  the query's own positive terms as typed (no synonyms), for the title prior
 * @param analysis    the analysis to map leaves with: the same chains the engine indexed with
 * @param declared    the declared fields: each {@code text} one earns a bonus like the title's, times its weight
 */
public record EngineQuery(QueryNode match, List<String> priorTerms, Analysis analysis, DeclaredFields declared) {
    public EngineQuery {
        priorTerms = List.copyOf(priorTerms);
    }

    /** A query with no declared text field to rank by. */
    public EngineQuery(QueryNode match, List<String> priorTerms, Analysis analysis) {
        this(match, priorTerms, analysis, DeclaredFields.NONE);
    }
}
