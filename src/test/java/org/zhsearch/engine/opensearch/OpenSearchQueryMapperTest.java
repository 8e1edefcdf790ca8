package org.zhsearch.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Precut;
import org.zhsearch.engine.PlanSamples;

/** The OpenSearch engine translates every plan node kind into the query DSL it stands for, and nothing more. */
class OpenSearchQueryMapperTest {

    @Test
    void translatesEveryPlanNodeKind() throws Exception {
        String json = OpenSearchQueryMapper.toJson(PlanSamples.everyKind()).toString();
        // the phrase is sent pre-cut: position 1 of 安装 _ 软件 is a gap marker the precut analyzer drops
        assertThat(Cluster.JSON.readTree(json)).isEqualTo(Cluster.JSON.readTree("""
                {"bool": {
                  "must": [{"bool": {"must": [{"match_phrase": {"words":
                      {"query": "安装 %s 软件", "analyzer": "zh_precut", "slop": 3}}}], "boost": 2.0}}],
                  "should": [
                    {"constant_score": {"boost": 3.0, "filter": {"term": {"heading": {"value": true}}}}},
                    {"rank_feature": {"field": "length", "boost": 9.0, "saturation": {"pivot": 40.0}}},
                    {"constant_score": {"boost": 1.5, "filter": {"term": {"titleWords": {"value": "软件"}}}}}],
                  "filter": [{"term": {"role": {"value": "body"}}},
                    {"constant_score": {"boost": 1.0, "filter": {"match_phrase_prefix": {"chars":
                      {"query": "cd 命令 %s 行", "analyzer": "zh_alternatives", "max_expansions": 1000000}}}}}],
                  "must_not": [{"term": {"chars": {"value": "包"}}}],
                  "minimum_should_match": 1}}""".formatted(Precut.GAP, Precut.GAP)));
    }

    @Test
    void aLoneCharacterIsAPrefixAndAlternativesShareAPosition() throws Exception {
        var alone = new org.zhsearch.engine.PlanNode.StartsWith("chars", java.util.List.of(), unit("命", 0));
        assertThat(Cluster.JSON.readTree(OpenSearchQueryMapper.toJson(alone).toString()))
                .isEqualTo(Cluster.JSON.readTree("""
                        {"constant_score": {"boost": 1.0, "filter": {"prefix": {"chars": {"value": "命"}}}}}"""));
        var spaced = new org.zhsearch.engine.PlanNode.StartsWith(
                "chars", java.util.List.of(unit("命", 0), unit("命令", 0), unit("令行", 1)), null);
        assertThat(Cluster.JSON.readTree(OpenSearchQueryMapper.toJson(spaced).toString()))
                .isEqualTo(Cluster.JSON.readTree("""
                        {"constant_score": {"boost": 1.0, "filter": {"match_phrase": {"chars":
                          {"query": "命|命令 令行", "analyzer": "zh_alternatives"}}}}}"""));
    }

    private static org.zhsearch.analysis.Analysis.Unit unit(String term, int position) {
        return new org.zhsearch.analysis.Analysis.Unit(term, position);
    }
}
