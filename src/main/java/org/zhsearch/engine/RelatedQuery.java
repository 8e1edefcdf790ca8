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
 * @param minimumShouldMatch how many words a paragraph must contain (when {@code enough} is empty)
 * @param excluded           the exact query, whose matches are already shown
 * @param declared           the declared fields: each {@code text} one earns the title's bonus times its weight
 * @param enough             the combinations of words (indexes into {@code words}) any one of which is enough for
 *                           a related paragraph; empty: {@code minimumShouldMatch} words, any of them
 * @param weights            each word's share of {@link Ranking#WORD_BONUS}, in (0, 1]: rarer words weigh more
 * @param characterScores    per word, what its recall match scores when the word is a lone CJK character (a prefix
 *                           of many recall terms, which no engine scores as one term: {@link Ranking#oneOccurrence}
 *                           from its paragraph count); ignored for other words
 */
public record RelatedQuery(
        List<String> words,
        List<QueryNode> leaves,
        int minimumShouldMatch,
        QueryNode excluded,
        Analysis analysis,
        DeclaredFields declared,
        List<List<Integer>> enough,
        List<Float> weights,
        List<Float> characterScores) {
    public RelatedQuery {
        words = List.copyOf(words);
        leaves = List.copyOf(leaves);
        enough = enough.stream().map(List::copyOf).toList();
        weights = List.copyOf(weights);
        characterScores = List.copyOf(characterScores);
        if (weights.size() != words.size() || characterScores.size() != words.size()) {
            throw new IllegalArgumentException("one weight and one character score per word: " + weights.size()
                    + " and " + characterScores.size() + " for " + words.size());
        }
    }

    /** Any {@code minimumShouldMatch} of the words, each worth a full {@link Ranking#WORD_BONUS}. */
    public RelatedQuery(
            List<String> words,
            List<QueryNode> leaves,
            int minimumShouldMatch,
            QueryNode excluded,
            Analysis analysis,
            DeclaredFields declared) {
        this(
                words,
                leaves,
                minimumShouldMatch,
                excluded,
                analysis,
                declared,
                List.of(),
                java.util.Collections.nCopies(words.size(), 1f),
                java.util.Collections.nCopies(words.size(), 1f));
    }

    /** A related query with no declared text field to rank by. */
    public RelatedQuery(
            List<String> words, List<QueryNode> leaves, int minimumShouldMatch, QueryNode excluded, Analysis analysis) {
        this(words, leaves, minimumShouldMatch, excluded, analysis, DeclaredFields.NONE);
    }
}
