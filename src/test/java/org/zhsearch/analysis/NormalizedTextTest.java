package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {
    private static String normalize(String s) {
        return NormalizedText.normalize(s, true);
    }

    @Test
    void foldsWidthCaseAndTraditionalCharacters() {
        assertThat(normalize("習近平在Ｇ２０峰會")).isEqualTo("习近平在g20峰会");
    }

    @Test
    void mapsEveryNormalisedCharBackToTheTraditionalOriginal() {
        NormalizedText nt = NormalizedText.of("在臺灣", true);
        assertThat(nt.normalized()).isEqualTo("在台湾");
        assertThat(nt.originalStart(1)).isEqualTo(1);
        assertThat(nt.originalEnd(2)).isEqualTo(3);
    }

    @Test
    void anExpansionMapsBackToTheWholeOriginalCharacter() {
        // ㍿ (one code point) normalises to four characters; each of them maps back to ㍿
        NormalizedText nt = NormalizedText.of("甲㍿乙", true);
        assertThat(nt.normalized()).isEqualTo("甲株式会社乙");
        for (int i = 1; i <= 4; i++) {
            assertThat(nt.originalStart(i)).isEqualTo(1);
            assertThat(nt.originalEnd(i)).isEqualTo(2);
        }
        assertThat(nt.originalStart(5)).isEqualTo(2);
    }

    @Test
    void surrogatePairsMapToBothHalves() {
        NormalizedText nt = NormalizedText.of("写着𠀾字", true);
        assertThat(nt.normalized()).isEqualTo("写着𠀾字");
        assertThat(nt.originalStart(3)).isEqualTo(2);
        assertThat(nt.originalEnd(2)).isEqualTo(4);
    }

    @Test
    void wholeStringAndPerCodePointNormalisationAgree() {
        String text = "臺北的夏天雖然炎熱，Ｇ２０與ＡＩ㍿看著";
        assertThat(NormalizedText.of(text, true).normalized()).isEqualTo(normalize(text));
    }

    @Test
    void foldingCanBeLeftOut() {
        assertThat(NormalizedText.normalize("習近平", false)).isEqualTo("習近平");
        assertThat(NormalizedText.of("習近平", false).normalized()).isEqualTo("習近平");
    }
}
