package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraditionalSimplifiedTest {

    @Test
    void theMappingFileIsIcusTransformAppliedPerCodePoint() {
        // fails after an ICU upgrade that changes the data: regenerate with TraditionalSimplified.main
        assertThat(TraditionalSimplified.parse(TraditionalSimplified.mappingText()))
                .isEqualTo(TraditionalSimplified.fromIcu());
        assertThat(TraditionalSimplified.size()).isGreaterThan(3000);
    }

    @Test
    void foldsTheUsualTraditionalCharacters() {
        assertThat(NormalizedText.fold("臺灣的經濟發展")).isEqualTo("台湾的经济发展");
        assertThat(NormalizedText.fold("習近平")).isEqualTo("习近平");
        assertThat(NormalizedText.fold("简体字不变")).isEqualTo("简体字不变");
    }

    @Test
    void leavesCharactersAloneThatSimplifiedTextUsesInTheirOwnRight() {
        // ICU would fold 俱 → 具, 著 → 着, 乾 → 干, 跤 → 交 — all of them also ordinary simplified characters
        assertThat(NormalizedText.fold("俱乐部著名乾坤摔跤")).isEqualTo("俱乐部著名乾坤摔跤");
        assertThat(NormalizedText.fold("以後於是特徵")).isEqualTo("以后于是特征");
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        List<String> folded = new ArrayList<>();
        for (char c = 0x4E00; c < 0xA000; c++) {
            if (gb2312.canEncode(c) && TraditionalSimplified.fold(c) != null) {
                folded.add(String.valueOf(c));
            }
        }
        assertThat(String.join("", folded)).isEqualTo("夥後徵摺於箝菸麴麽");
    }

    @Test
    void foldingIsIdempotentEvenWhereIcuSwapsTwoCharacters() {
        // ICU maps 苎 → 苧 and 苧 → 苎 (a cycle) and 薴 → 苧; the closed mapping folds 苎, 苧 and 薴 all to 苎
        assertThat(NormalizedText.fold("苎苧薴")).isEqualTo("苎苎苎");
        Map<Integer, String> mapping = TraditionalSimplified.parse(TraditionalSimplified.mappingText());
        mapping.values()
                .forEach(to -> assertThat(NormalizedText.fold(to)).as(to).isEqualTo(to));
    }

    @Test
    void everyFoldedFormIsAlreadyNormalised() {
        // the mapping char filter runs after NFKC_CF, so its output must not need NFKC_CF again
        Normalizer2 nfkcCf = Normalizer2.getNFKCCasefoldInstance();
        TraditionalSimplified.parse(TraditionalSimplified.mappingText())
                .forEach(
                        (from, to) -> assertThat(nfkcCf.isNormalized(to)).as(to).isTrue());
    }
}
