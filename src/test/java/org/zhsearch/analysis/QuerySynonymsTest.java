package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.AnalysisConfig;

class QuerySynonymsTest {
    @TempDir
    Path tmp;

    private Analysis analysis;

    @BeforeEach
    void synonyms() throws IOException {
        Path file = Files.writeString(tmp.resolve("synonyms.txt"), """
                # test rules
                新冠, 新型冠状病毒
                美国, 美利坚合众国
                COVID-19, 新冠肺炎
                世卫组织 => 世界卫生组织
                网约车, 网络预约出租汽车
                """);
        analysis = Analysis.load(AnalysisConfig.of(null, file));
    }

    @Test
    void aTermGetsTheOtherWaysOfWritingIt() {
        assertThat(analysis.synonymsOf("新冠")).containsExactly("新型冠状病毒");
        assertThat(analysis.synonymsOf("新型冠状病毒")).containsExactly("新冠");
        assertThat(analysis.loaded().synonymRules()).isEqualTo(5);
    }

    @Test
    void aOneWayRuleOnlyWorksOneWay() {
        assertThat(analysis.synonymsOf("世卫组织")).containsExactly("世界卫生组织");
        assertThat(analysis.synonymsOf("世界卫生组织")).isEmpty();
    }

    @Test
    void aRuleAppliesInsideALongerTermOnWordBoundaries() {
        assertThat(analysis.synonymsOf("新冠疫苗")).containsExactly("新型冠状病毒疫苗");
    }

    @Test
    void aRuleDoesNotApplyAcrossWords() {
        // 欧美国家 is 欧美|国家: the 美国 in it is not the word 美国
        assertThat(analysis.synonymsOf("欧美国家")).isEmpty();
    }

    @Test
    void textAroundTheReplacementIsKept() {
        assertThat(analysis.synonymsOf("抗击新冠，保护人民")).containsExactly("抗击新型冠状病毒，保护人民");
    }

    @Test
    void latinWordsOfAReplacementStayApart() {
        assertThat(analysis.synonymsOf("新冠肺炎")).containsExactly("covid 19");
        assertThat(analysis.synonymsOf("COVID-19")).containsExactly("新冠肺炎");
    }

    @Test
    void traditionalQueriesGetTheSameSynonyms() {
        assertThat(analysis.synonymsOf("網約車")).containsExactly("网络预约出租汽车");
    }

    @Test
    void termsWithoutARuleHaveNoAlternatives() {
        assertThat(analysis.synonymsOf("主题教育")).isEmpty();
        assertThat(analysis.synonymsOf("，")).isEmpty();
    }
}
