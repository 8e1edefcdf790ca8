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
                  "filter": [{"term": {"role": {"value": "body"}}}],
                  "must_not": [{"term": {"chars": {"value": "包"}}}],
                  "minimum_should_match": 1}}""".formatted(Precut.GAP)));
    }
}
