package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredField.Use;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Paragraph;
import org.zhsearch.engine.PlanNode.Bool;
import org.zhsearch.engine.PlanNode.Clause;
import org.zhsearch.engine.PlanNode.Constant;
import org.zhsearch.engine.PlanNode.Occur;
import org.zhsearch.engine.PlanNode.Phrase;
import org.zhsearch.query.QueryNode;
import org.zhsearch.schema.DeclaredValues;
import org.zhsearch.schema.Fields;

/** What the ranking plan of a query contains: the one description of matching and ranking both engines translate. */
class RankingPlanTest {
    private static final Analysis ANALYSIS = Analysis.builtIn();

    @Test
    void aTermIsExactRecallPlusItsWordsPhraseAndEveryMatchGetsTheRoleLengthAndTitlePriors() {
        RankingPlan plan = RankingPlan.of(new EngineQuery(new QueryNode.Term("安装软件"), List.of("安装软件"), ANALYSIS));

        Phrase recall = new Phrase(Fields.CHARS, List.of(unit("安装", 0), unit("装软", 1), unit("软件", 2)), 0);
        Phrase words = new Phrase(Fields.WORDS, List.of(unit("安装", 0), unit("软件", 1)), 0);
        PlanNode leaf = bool(must(recall), should(new PlanNode.Boost(words, Ranking.WORDS_BOOST)));
        assertThat(plan.matchOnly()).isEqualTo(recall);
        assertThat(plan.scored())
                .isEqualTo(bool(
                        must(leaf),
                        should(new Constant(new PlanNode.Flag(Fields.HEADING), Ranking.HEADING_BONUS)),
                        should(new Constant(new PlanNode.Term(Fields.ROLE, Paragraph.BODY), Ranking.BODY_BONUS)),
                        should(new Constant(new PlanNode.Term(Fields.ROLE, Paragraph.LIST_ITEM), Ranking.LIST_BONUS)),
                        should(new PlanNode.Saturation(
                                Fields.LENGTH_FEATURE, Ranking.LENGTH_WEIGHT, Ranking.LENGTH_PIVOT)),
                        should(new Constant(
                                inArticle(bool(filter(titleWord("安装")), filter(titleWord("软件")))),
                                Ranking.TITLE_BONUS))));
    }

    @Test
    void inRelatedResultsALoneCharacterScoresItsCharacterScoreAndOtherWordsKeepTheirs() {
        RelatedQuery related = new RelatedQuery(
                List.of("选区", "反"),
                List.of(new QueryNode.Term("选区"), new QueryNode.Term("反")),
                1,
                new QueryNode.Term("选区反"),
                ANALYSIS,
                org.zhsearch.api.DeclaredFields.NONE,
                List.of(),
                List.of(0.5f, 1f),
                List.of(7.5f, 3.25f));
        RankingPlan plan = RankingPlan.of(related);
        String scored = plan.scored().toString();
        PlanNode lone = new PlanNode.StartsWith(Fields.CHARS, List.of(), unit("反", 0));

        assertThat(scored).contains(new Constant(lone, 3.25f).toString());
        assertThat(scored).as("a word's own recall is not a lone character").doesNotContain("7.5");
        assertThat(plan.matchOnly().toString())
                .as("matching is unchanged")
                .contains(lone.toString())
                .doesNotContain("3.25");
    }

    @Test
    void aRareCharacterScoresMoreThanACommonOneAndNothingForBeingEverywhere() {
        assertThat(Ranking.oneOccurrence(5, 12_868)).isGreaterThan(Ranking.oneOccurrence(1_389, 12_868));
        // BM25's idf for one occurrence at average length, ln(1 + (N − n + 0.5) / (n + 0.5)) / (1 + k1), on two fields
        assertThat(Ranking.oneOccurrence(5, 12_868))
                .isCloseTo(
                        (float) (2 * Math.log(1 + 12_863.5 / 5.5) / 1.75), org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(Ranking.oneOccurrence(12_868, 12_868)).isLessThan(0.03f);
    }

    @Test
    void theTitlePriorCountsEachTermSeparately() {
        QueryNode match = new QueryNode.And(List.of(new QueryNode.Term("软件"), new QueryNode.Term("网络")), List.of());
        Bool scored = (Bool) RankingPlan.of(new EngineQuery(match, List.of("软件", "网络"), ANALYSIS))
                .scored();

        assertThat(scored.clauses()).hasSize(7);
        assertThat(scored.clauses().subList(5, 7))
                .containsExactly(
                        should(new Constant(inArticle(bool(filter(titleWord("软件")))), Ranking.TITLE_BONUS)),
                        should(new Constant(inArticle(bool(filter(titleWord("网络")))), Ranking.TITLE_BONUS)));
    }

    @Test
    void aDeclaredTextFieldGetsTheTitleBonusTimesItsWeightPerTermAndNeverDecidesAMatch() {
        DeclaredFields declared = new DeclaredFields(
                List.of(
                        new DeclaredField("author", FieldType.KEYWORD, EnumSet.of(Use.FILTER), "作者", 1),
                        new DeclaredField("summary", FieldType.TEXT, EnumSet.of(Use.SHOW), "摘要", 10f),
                        new DeclaredField("notes", FieldType.TEXT, EnumSet.of(Use.SHOW), "注", 0.1f)),
                false);
        QueryNode match = new QueryNode.And(List.of(new QueryNode.Term("安装软件"), new QueryNode.Term("网络")), List.of());
        RankingPlan plan = RankingPlan.of(new EngineQuery(match, List.of("安装软件", "网络"), ANALYSIS, declared));
        RankingPlan without = RankingPlan.of(new EngineQuery(match, List.of("安装软件", "网络"), ANALYSIS));

        assertThat(plan.matchOnly()).isEqualTo(without.matchOnly());
        List<Clause> clauses = ((Bool) plan.scored()).clauses();
        assertThat(clauses.getFirst())
                .isEqualTo(((Bool) without.scored()).clauses().getFirst());
        assertThat(clauses.subList(5, clauses.size()))
                .containsExactly(
                        should(new Constant(
                                inArticle(bool(filter(titleWord("安装")), filter(titleWord("软件")))),
                                Ranking.TITLE_BONUS)),
                        should(new Constant(
                                inArticle(bool(filter(fieldWord("summary", "安装")), filter(fieldWord("summary", "软件")))),
                                Ranking.TITLE_BONUS * 10f)),
                        should(new Constant(
                                inArticle(bool(filter(fieldWord("notes", "安装")), filter(fieldWord("notes", "软件")))),
                                Ranking.TITLE_BONUS * 0.1f)),
                        should(new Constant(inArticle(bool(filter(titleWord("网络")))), Ranking.TITLE_BONUS)),
                        should(new Constant(
                                inArticle(bool(filter(fieldWord("summary", "网络")))), Ranking.TITLE_BONUS * 10f)),
                        should(new Constant(
                                inArticle(bool(filter(fieldWord("notes", "网络")))), Ranking.TITLE_BONUS * 0.1f)));
        assertThat(clauses.subList(1, clauses.size())).extracting(Clause::occur).containsOnly(Occur.SHOULD);
    }

    @Test
    void relatedResultsGetTheDeclaredTextFieldBonusAsTheTitleBonus() {
        DeclaredFields declared = new DeclaredFields(
                List.of(new DeclaredField("summary", FieldType.TEXT, EnumSet.of(Use.SHOW), "摘要", 2f)), false);
        RelatedQuery related = new RelatedQuery(
                List.of("网络"), List.of(new QueryNode.Term("网络")), 1, new QueryNode.Term("网络设置"), ANALYSIS, declared);
        List<Clause> clauses = ((Bool) RankingPlan.of(related).scored()).clauses();

        assertThat(clauses.subList(clauses.size() - 2, clauses.size()))
                .containsExactly(
                        should(new Constant(inArticle(bool(filter(titleWord("网络")))), Ranking.TITLE_BONUS)),
                        should(new Constant(
                                inArticle(bool(filter(fieldWord("summary", "网络")))), Ranking.TITLE_BONUS * 2f)));
    }

    @Test
    void anExclusionOnlyFiltersInBothForms() {
        QueryNode match = new QueryNode.And(List.of(new QueryNode.Term("网络")), List.of(new QueryNode.Term("软件")));
        RankingPlan plan = RankingPlan.of(new EngineQuery(match, List.of("网络"), ANALYSIS));

        PlanNode excluded = new Phrase(Fields.CHARS, List.of(unit("软件", 0)), 0);
        PlanNode recall = new Phrase(Fields.CHARS, List.of(unit("网络", 0)), 0);
        assertThat(plan.matchOnly()).isEqualTo(bool(must(recall), mustNot(excluded)));
        Bool scoredMatch = (Bool) ((Bool) plan.scored()).clauses().getFirst().node();
        assertThat(scoredMatch.clauses().get(1)).isEqualTo(mustNot(excluded));
    }

    @Test
    void lettersBesideTheirPinyinGetTheLiteralBonusAndPinyinItsWeight() {
        QueryNode.Pinyin pinyin = new QueryNode.Pinyin("cd", List.of(List.of("长度"), List.of("重", "大")));
        QueryNode match = new QueryNode.Or(List.of(new QueryNode.Term("cd"), pinyin));
        RankingPlan plan = RankingPlan.of(new EngineQuery(match, List.of("cd"), ANALYSIS));

        PlanNode literal = new Phrase(Fields.CHARS, List.of(unit("cd", 0)), 0);
        PlanNode literalScored = bool(
                must(literal),
                should(new PlanNode.Boost(new Phrase(Fields.WORDS, List.of(unit("cd", 0)), 0), Ranking.WORDS_BOOST)));
        Phrase first = new Phrase(Fields.WORDS, List.of(unit("长度", 0)), 0);
        Phrase second = new Phrase(Fields.WORDS, List.of(unit("重", 0), unit("大", 1)), 0);
        Bool spelled = bool(should(first), should(second));
        Bool spelledScored = bool(
                should(new PlanNode.Boost(first, Ranking.PINYIN_WEIGHT)),
                should(new Constant(first, Ranking.FREQUENT_RUN_BONUS)),
                should(new PlanNode.Boost(second, Ranking.PINYIN_WEIGHT)),
                should(new Constant(second, Ranking.FREQUENT_RUN_BONUS / 2)));
        assertThat(plan.matchOnly()).isEqualTo(bool(should(literal), should(spelled)));
        Bool scoredMatch = (Bool) ((Bool) plan.scored()).clauses().getFirst().node();
        assertThat(scoredMatch)
                .isEqualTo(bool(
                        should(bool(must(literalScored), should(new Constant(literal, Ranking.LITERAL_BONUS)))),
                        should(spelledScored)));
    }

    @Test
    void aRelatedQueryRanksByWordsContainedThenProximityThenTheExactRanking() {
        RelatedQuery related = new RelatedQuery(
                List.of("设置", "网络"),
                List.of(new QueryNode.Term("设置"), new QueryNode.Term("网络")),
                1,
                new QueryNode.Term("设置网络"),
                ANALYSIS);
        RankingPlan plan = RankingPlan.of(related);

        PlanNode set = new Phrase(Fields.CHARS, List.of(unit("设置", 0)), 0);
        PlanNode net = new Phrase(Fields.CHARS, List.of(unit("网络", 0)), 0);
        PlanNode excluded = RankingPlan.of(new EngineQuery(new QueryNode.Term("设置网络"), List.of(), ANALYSIS))
                .matchOnly();
        assertThat(plan.matchOnly())
                .isEqualTo(bool(must(new Bool(List.of(should(set), should(net)), 1)), mustNot(excluded)));

        Bool scored = (Bool) plan.scored();
        Bool ranked = (Bool) scored.clauses().getFirst().node();
        Bool words = (Bool) ranked.clauses().getFirst().node();
        assertThat(words.minimumShouldMatch()).isEqualTo(1);
        assertThat(words.clauses())
                .extracting(c -> ((Bool) c.node()).clauses().get(1))
                .containsExactly(
                        should(new Constant(set, Ranking.WORD_BONUS)), should(new Constant(net, Ranking.WORD_BONUS)));
        assertThat(ranked.clauses().subList(1, 3))
                .containsExactly(
                        mustNot(excluded),
                        should(new Constant(
                                new Phrase(Fields.WORDS, List.of(unit("设置", 0), unit("网络", 1)), Ranking.PROXIMITY_SLOP),
                                Ranking.PROXIMITY_BONUS)));
        assertThat(scored.clauses().subList(5, 7))
                .extracting(c -> ((Constant) c.node()).score())
                .containsExactly(Ranking.TITLE_BONUS, Ranking.TITLE_BONUS);
    }

    @Test
    void aSingleRelatedWordHasNoProximityClause() {
        RelatedQuery related = new RelatedQuery(
                List.of("网络"), List.of(new QueryNode.Term("网络")), 1, new QueryNode.Term("网络设置"), ANALYSIS);
        Bool ranked = (Bool)
                ((Bool) RankingPlan.of(related).scored()).clauses().getFirst().node();

        assertThat(ranked.clauses()).extracting(Clause::occur).containsExactly(Occur.MUST, Occur.MUST_NOT);
    }

    @Test
    void everyPlanNodeKindIsInTheSampleTheMapperTestsTranslate() {
        List<Class<?>> seen = new ArrayList<>();
        PlanSamples.walk(PlanSamples.everyKind(), n -> seen.add(n.getClass()));

        assertThat(seen).containsAll(List.of(PlanNode.class.getPermittedSubclasses()));
    }

    private static Analysis.Unit unit(String term, int position) {
        return new Analysis.Unit(term, position);
    }

    private static PlanNode fieldWord(String field, String word) {
        return new PlanNode.Term(DeclaredValues.wordsField(field), word);
    }

    private static PlanNode titleWord(String word) {
        return new PlanNode.Term(Fields.TITLE_WORDS, word);
    }

    private static PlanNode inArticle(PlanNode filterOnFirstParagraph) {
        return new PlanNode.InArticle(filterOnFirstParagraph);
    }

    private static Bool bool(Clause... clauses) {
        return new Bool(List.of(clauses), 0);
    }

    private static Clause must(PlanNode node) {
        return new Clause(Occur.MUST, node);
    }

    private static Clause should(PlanNode node) {
        return new Clause(Occur.SHOULD, node);
    }

    private static Clause filter(PlanNode node) {
        return new Clause(Occur.FILTER, node);
    }

    private static Clause mustNot(PlanNode node) {
        return new Clause(Occur.MUST_NOT, node);
    }
}
