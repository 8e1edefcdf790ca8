package org.zhsearch.engine;

import java.util.List;
import java.util.function.Consumer;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.engine.PlanNode.Bool;
import org.zhsearch.engine.PlanNode.Clause;
import org.zhsearch.engine.PlanNode.Occur;
import org.zhsearch.schema.Fields;

/**
 * A plan with every {@link PlanNode} kind and every {@link Occur}, for the engines' mapper tests: each translates
 * it, and {@code RankingPlanTest} checks that no kind is missing from it.
 */
public final class PlanSamples {
    private PlanSamples() {}

    /** One node of every kind: a boolean of every occurrence around the leaf kinds. */
    public static PlanNode everyKind() {
        PlanNode phrase =
                new PlanNode.Phrase(Fields.WORDS, List.of(new Analysis.Unit("安装", 0), new Analysis.Unit("软件", 2)), 3);
        return new Bool(
                List.of(
                        new Clause(Occur.MUST, new PlanNode.Boost(phrase, 2f)),
                        new Clause(Occur.SHOULD, new PlanNode.Constant(new PlanNode.Flag(Fields.HEADING), 3f)),
                        new Clause(Occur.SHOULD, new PlanNode.Saturation(Fields.LENGTH_FEATURE, 9f, 40f)),
                        new Clause(
                                Occur.SHOULD,
                                new PlanNode.Constant(
                                        new PlanNode.InArticle(new PlanNode.Term(Fields.TITLE_WORDS, "软件")), 1.5f)),
                        new Clause(Occur.FILTER, new PlanNode.Term(Fields.ROLE, "body")),
                        new Clause(
                                Occur.FILTER,
                                new PlanNode.StartsWith(
                                        Fields.CHARS,
                                        List.of(new Analysis.Unit("cd", 0), new Analysis.Unit("命令", 1)),
                                        new Analysis.Unit("行", 3))),
                        new Clause(
                                Occur.MUST_NOT,
                                new PlanNode.Phrase(Fields.CHARS, List.of(new Analysis.Unit("包", 0)), 0))),
                1);
    }

    /** Calls {@code visit} on {@code node} and every node below it. */
    public static void walk(PlanNode node, Consumer<PlanNode> visit) {
        visit.accept(node);
        switch (node) {
            case Bool b -> b.clauses().forEach(c -> walk(c.node(), visit));
            case PlanNode.Constant c -> walk(c.filter(), visit);
            case PlanNode.Boost b -> walk(b.query(), visit);
            case PlanNode.InArticle a -> walk(a.filterOnFirstParagraph(), visit);
            case PlanNode.Phrase p -> {}
            case PlanNode.StartsWith s -> {}
            case PlanNode.Term t -> {}
            case PlanNode.Flag f -> {}
            case PlanNode.Saturation s -> {}
        }
    }
}
