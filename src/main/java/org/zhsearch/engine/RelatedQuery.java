package org.zhsearch.engine;

import java.util.List;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.query.QueryNode;

/**
 * A relaxed query for related results, chosen above the engine ({@code search.Relaxation}): paragraphs with at
 * least {@code minimumShouldMatch} of the words and no match of {@code excluded}. Engines rank by the number of
 * words contained (a bonus per word that dominates), then the words' proximity, then relevance and priors.
 *
 * @param words              the relaxed words as typed (for proximity and the title prior)
 * @param leaves             one leaf per word, synonym alternatives spelled out as in {@link EngineQuery#match()}
 * @param minimumShouldMatch how many words a paragraph must contain
 * @param excluded           the exact query, whose matches are already shown
 * @param declared           the declared fields: each {@code text} one earns the title's bonus times its weight
 */
public record RelatedQuery(
        List<String> words,
        List<QueryNode> leaves,
        int minimumShouldMatch,
        QueryNode excluded,
        Analysis analysis,
        DeclaredFields declared) {
    public RelatedQuery {
        words = List.copyOf(words);
        leaves = List.copyOf(leaves);
    }

    /** A related query with no declared text field to rank by. */
    public RelatedQuery(
            List<String> words, List<QueryNode> leaves, int minimumShouldMatch, QueryNode excluded, Analysis analysis) {
        this(words, leaves, minimumShouldMatch, excluded, analysis, DeclaredFields.NONE);
    }
}
