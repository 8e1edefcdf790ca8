package org.zhsearch.engine;

import org.zhsearch.engine.PlanNode.Bool;
import org.zhsearch.engine.PlanNode.Clause;

/**
 * A word's scored plan with its lone characters scoring by their rarity. A lone CJK character's recall match is a
 * {@link PlanNode.StartsWith} without units — any of the bigrams it starts — which both engines match but score a
 * constant 1; in related results, where paragraphs hold different words, that made a rare character (反, in 5 of
 * 12 868 paragraphs) count no more than a common one, and paragraphs holding only it fell out of the top 10. It
 * scores {@link RelatedQuery#characterScores()} instead, as a {@link PlanNode.Constant}: data both engines translate
 * alike.
 */
final class LoneCharacters {
    private LoneCharacters() {}

    /** {@code scored} with every lone character's match scoring {@code score}. */
    static PlanNode scoring(PlanNode scored, float score) {
        return switch (scored) {
            case PlanNode.StartsWith s when s.units().isEmpty() -> new PlanNode.Constant(s, score);
            case Bool b ->
                new Bool(
                        b.clauses().stream()
                                .map(c -> new Clause(c.occur(), scoring(c.node(), score)))
                                .toList(),
                        b.minimumShouldMatch());
            case PlanNode.Boost b -> new PlanNode.Boost(scoring(b.query(), score), b.boost());
            default -> scored; // a constant's filter and the other leaves do not score a character
        };
    }
}
