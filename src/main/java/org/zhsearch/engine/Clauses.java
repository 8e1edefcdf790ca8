package org.zhsearch.engine;

import java.util.ArrayList;
import java.util.List;
import org.zhsearch.engine.PlanNode.Bool;
import org.zhsearch.engine.PlanNode.Clause;
import org.zhsearch.engine.PlanNode.Occur;

/** A {@link Bool}'s clauses, collected in order (clause order is part of a plan: engines sum scores in it). */
final class Clauses {
    private final List<Clause> clauses = new ArrayList<>();

    Clauses add(Occur occur, PlanNode node) {
        clauses.add(new Clause(occur, node));
        return this;
    }

    Bool build() {
        return build(0);
    }

    Bool build(int minimumShouldMatch) {
        return new Bool(clauses, minimumShouldMatch);
    }

    /**
     * Any one of the combinations (an OR of ANDs of {@code matches} by index), or null when there is none: the
     * combinations of words a related paragraph may hold ({@link RelatedQuery#enough()}).
     */
    static PlanNode anyCombination(List<List<Integer>> combinations, List<PlanNode> matches) {
        if (combinations.isEmpty()) {
            return null;
        }
        Clauses any = new Clauses();
        for (List<Integer> combination : combinations) {
            Clauses all = new Clauses();
            combination.forEach(i -> all.add(Occur.FILTER, matches.get(i)));
            any.add(Occur.SHOULD, all.build());
        }
        return any.build(1);
    }
}
