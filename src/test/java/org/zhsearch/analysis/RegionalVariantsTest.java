package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhsearch.api.AnalysisConfig;

/** Taiwan/mainland phrase variants of a query term ({@link Analysis#variantsOf}). */
class RegionalVariantsTest {
    private static final Analysis BUILT_IN = Analysis.builtIn();

    @Test
    void eachSideGetsTheOtherSidesWord() {
        assertThat(BUILT_IN.variantsOf("記憶體")).containsExactly("内存");
        assertThat(BUILT_IN.variantsOf("内存")).containsExactly("記憶體");
        assertThat(BUILT_IN.variantsOf("作業系統")).containsExactly("操作系统");
        assertThat(BUILT_IN.variantsOf("硬盘")).containsExactly("硬碟");
        // the Taiwan word typed in simplified characters is still the Taiwan word
        assertThat(BUILT_IN.variantsOf("软体")).containsExactly("软件");
    }

    @Test
    void everyRegionalPhraseOfALongerTermIsReplacedOnWordBoundaries() {
        assertThat(BUILT_IN.variantsOf("作業系統安裝軟體")).containsExactly("操作系统安装软件");
        // 内存 is not a word of 国内存款 (国内|存款): no 國記憶體款
        assertThat(BUILT_IN.variantsOf("国内存款")).isEmpty();
    }

    @Test
    void wordsWithoutARegionalVariantGetNone() {
        assertThat(BUILT_IN.variantsOf("乡村振兴")).isEmpty();
        assertThat(BUILT_IN.variantsOf("主題教育")).isEmpty();
        assertThat(BUILT_IN.variantsOf("存")).isEmpty();
    }

    @Test
    void theSwitchOffLeavesEveryTermWithoutVariants() {
        Analysis off = Analysis.load(AnalysisConfig.builtIn().withRegionalVariants(false));
        assertThat(off.variantsOf("記憶體")).isEmpty();
        assertThat(off.variantsOf("内存")).isEmpty();
    }
}
