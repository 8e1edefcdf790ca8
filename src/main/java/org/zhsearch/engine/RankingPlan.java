package org.zhsearch.engine;

/**
 * What an engine runs for a query, decided once above the engines ({@link RankingPlanner}): what is scored and how
 * — each term's exact recall clause and optional words phrase, pinyin's weight, the literal bonus, the related
 * query's word and proximity bonuses, the role, length, title and declared text field priors and all their weights ({@link Ranking}) —
 * as a tree of {@link PlanNode}s. Each engine's mapper translates the tree node for node and decides nothing, so
 * the engines cannot drift apart.
 *
 * @param scored    the ranked query: {@code matchOnly}'s matches, never more or fewer, with every score
 * @param matchOnly the same matches without any scoring-only clause, for exact totals and facet counts
 */
public record RankingPlan(PlanNode scored, PlanNode matchOnly) {

    /** The plan of a search: the query tree's matches, ranked by BM25 and the priors. */
    public static RankingPlan of(EngineQuery query) {
        return new RankingPlanner(query.analysis(), query.declared()).exact(query);
    }

    /** The plan of a related search: words contained, then proximity, then BM25 and the priors. */
    public static RankingPlan of(RelatedQuery query) {
        return new RankingPlanner(query.analysis(), query.declared()).related(query);
    }
}
