package org.zhsearch.engine.embedded;

import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.PlanNode;
import org.zhsearch.engine.RankingPlan;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.schema.Fields;

/**
 * Translates a {@link RankingPlan} into Lucene queries, node for node — the only place that knows Lucene's query
 * classes. What is matched, what scores and every weight are the plan's ({@code engine.RankingPlanner}); this class
 * decides nothing, so the embedded engine ranks as the OpenSearch engine does.
 */
final class LuceneQueryMapper {

    private LuceneQueryMapper() {}

    /**
     * The two Lucene queries of a search: {@code scored} ranks; {@code matchOnly} has the same matches without any
     * scoring-only clause and is what the exact total is counted with — a single term is then one TermQuery, which
     * Lucene counts from the term dictionary.
     */
    record Mapped(Query scored, Query matchOnly) {}

    /** The queries of {@link RankingPlan#of(EngineQuery)}. */
    static Mapped map(EngineQuery query) {
        return map(RankingPlan.of(query));
    }

    /** The queries of {@link RankingPlan#of(RelatedQuery)}. */
    static Mapped map(RelatedQuery query) {
        return map(RankingPlan.of(query));
    }

    static Mapped map(RankingPlan plan) {
        return new Mapped(toLucene(plan.scored()), toLucene(plan.matchOnly()));
    }

    /** One plan node as a Lucene query. */
    static Query toLucene(PlanNode node) {
        return switch (node) {
            case PlanNode.Bool bool -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                if (bool.minimumShouldMatch() > 0) {
                    b.setMinimumNumberShouldMatch(bool.minimumShouldMatch());
                }
                bool.clauses().forEach(c -> b.add(toLucene(c.node()), occur(c.occur())));
                yield b.build();
            }
            case PlanNode.Phrase p -> {
                if (p.units().size() == 1) {
                    yield new TermQuery(new Term(p.field(), p.units().getFirst().term()));
                }
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(p.slop());
                for (Analysis.Unit u : p.units()) {
                    phrase.add(new Term(p.field(), u.term()), u.position());
                }
                yield phrase.build();
            }
            case PlanNode.StartsWith s -> new ConstantScoreQuery(StartsWithQuery.of(s));
            case PlanNode.Term t -> new TermQuery(new Term(t.field(), t.value()));
            case PlanNode.Flag f -> new TermQuery(new Term(f.field(), Fields.YES));
            case PlanNode.Constant c -> new BoostQuery(new ConstantScoreQuery(toLucene(c.filter())), c.score());
            case PlanNode.InArticle a -> new InArticleQuery(toLucene(a.filterOnFirstParagraph()));
            case PlanNode.Boost b -> new BoostQuery(toLucene(b.query()), b.boost());
            case PlanNode.Saturation s ->
                FeatureField.newSaturationQuery(Fields.FEATURES, s.feature(), s.weight(), s.pivot());
        };
    }

    private static Occur occur(PlanNode.Occur occur) {
        return switch (occur) {
            case MUST -> Occur.MUST;
            case SHOULD -> Occur.SHOULD;
            case FILTER -> Occur.FILTER;
            case MUST_NOT -> Occur.MUST_NOT;
        };
    }
}
