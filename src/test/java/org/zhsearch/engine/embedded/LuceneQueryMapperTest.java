package org.zhsearch.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.PlanNode;
import org.zhsearch.engine.PlanSamples;
import org.zhsearch.query.QueryNode;
import org.zhsearch.schema.Fields;

/** The embedded engine translates every plan node kind into the Lucene query it stands for, and nothing more. */
class LuceneQueryMapperTest {

    @Test
    void translatesEveryPlanNodeKind() {
        Query words = new PhraseQuery.Builder()
                .setSlop(3)
                .add(new Term(Fields.WORDS, "安装"), 0)
                .add(new Term(Fields.WORDS, "软件"), 2)
                .build();
        Query expected = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(1)
                .add(new BoostQuery(words, 2f), Occur.MUST)
                .add(
                        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.HEADING, Fields.YES))), 3f),
                        Occur.SHOULD)
                .add(FeatureField.newSaturationQuery(Fields.FEATURES, Fields.LENGTH_FEATURE, 9f, 40f), Occur.SHOULD)
                .add(
                        new BoostQuery(
                                new ConstantScoreQuery(
                                        new InArticleQuery(new TermQuery(new Term(Fields.TITLE_WORDS, "软件")))),
                                1.5f),
                        Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.ROLE, "body")), Occur.FILTER)
                .add(
                        new ConstantScoreQuery(StartsWithQuery.of(new PlanNode.StartsWith(
                                Fields.CHARS,
                                List.of(new Analysis.Unit("cd", 0), new Analysis.Unit("命令", 1)),
                                new Analysis.Unit("行", 3)))),
                        Occur.FILTER)
                .add(new TermQuery(new Term(Fields.CHARS, "包")), Occur.MUST_NOT)
                .build();

        assertThat(LuceneQueryMapper.toLucene(PlanSamples.everyKind())).isEqualTo(expected);
    }

    @Test
    void aSingleUnitTermIsCountedFromOneTermQuery() {
        EngineQuery query = new EngineQuery(new QueryNode.Term("网络"), List.of("网络"), Analysis.builtIn());

        assertThat(LuceneQueryMapper.map(query).matchOnly()).isEqualTo(new TermQuery(new Term(Fields.CHARS, "网络")));
    }
}
