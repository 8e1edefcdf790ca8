package org.zhsearch.pinyin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinQueryTest {
    @Test
    void fullPinyinSplitsIntoSyllables() {
        assertThat(PinyinQuery.sequences("beifen")).containsExactly(List.of("bei", "fen"));
        assertThat(PinyinQuery.sequences("zhutijiaoyu")).contains(List.of("zhu", "ti", "jiao", "yu"));
        assertThat(PinyinQuery.sequences("BeiFen")).containsExactly(List.of("bei", "fen"));
    }

    @Test
    void anAmbiguousSplitIsTriedBothWays() {
        assertThat(PinyinQuery.sequences("xian")).containsExactly(List.of("xian"), List.of("xi", "an"));
        assertThat(PinyinQuery.sequences("fangan"))
                .containsExactlyInAnyOrder(List.of("fang", "an"), List.of("fan", "gan"));
    }

    @Test
    void spacesAndApostrophesAreBoundariesTheUserChose() {
        assertThat(PinyinQuery.sequences("xi'an")).containsExactly(List.of("xi", "an"));
        assertThat(PinyinQuery.sequences("bei fen")).containsExactly(List.of("bei", "fen"));
        assertThat(PinyinQuery.sequences("zhuti jy")).containsExactly(List.of("zhu", "ti", "j", "y"));
    }

    @Test
    void lettersThatAreNoSyllablesReadAsInitials() {
        assertThat(PinyinQuery.sequences("ztjy")).containsExactly(List.of("z", "t", "j", "y"));
        assertThat(PinyinQuery.sequences("bf")).containsExactly(List.of("b", "f"));
    }

    @Test
    void theLastSyllableMayBeUnfinished() {
        assertThat(PinyinQuery.sequences("beif")).containsExactly(List.of("bei", "f"));
        assertThat(PinyinQuery.sequences("beife"))
                .containsExactlyInAnyOrder(List.of("bei", "fei"), List.of("bei", "fen"), List.of("bei", "feng"));
        assertThat(PinyinQuery.sequences("zhutij")).containsExactly(List.of("zhu", "ti", "j"));
        assertThat(PinyinQuery.sequences("rengongzhin")).contains(List.of("ren", "gong", "zhi", "n"));
    }

    @Test
    void whileTypingTheLastSyllableMayGrow() {
        assertThat(PinyinQuery.sequences("chongqin")).containsExactly(List.of("chong", "qin"));
        assertThat(PinyinQuery.completions("chongqin"))
                .containsExactly(List.of("chong", "qin"), List.of("chong", "qing"));
        assertThat(PinyinQuery.completions("beif")).containsExactly(List.of("bei", "f"));
    }

    @Test
    void interjectionsNeverSplitAWord() {
        // without this rule xiangcunzhenxing also reads as xi a ng cu n …, and the real reading drowns
        assertThat(PinyinQuery.sequences("xiangcunzhenxing"))
                .first()
                .isEqualTo(List.of("xiang", "cun", "zhen", "xing"));
        assertThat(PinyinQuery.sequences("xiangcunzhenxing")).allMatch(s -> !s.contains("n") && !s.contains("ng"));
    }

    @Test
    void whatCannotBePinyinHasNoSequence() {
        assertThat(PinyinQuery.sequences("ipt")).isEmpty(); // no syllable starts with i
        assertThat(PinyinQuery.sequences("abc1")).isEmpty();
        assertThat(PinyinQuery.sequences("备份")).isEmpty();
        assertThat(PinyinQuery.sequences("a".repeat(PinyinQuery.MAX_LETTERS + 1)))
                .isEmpty();
        assertThat(PinyinQuery.looksLikePinyin("xi'an")).isTrue();
        assertThat(PinyinQuery.looksLikePinyin("C++")).isFalse();
    }

    @Test
    void aLongAmbiguousStringStaysWithinTheCap() {
        String typed = "xianxianxianxianxianxianxianxian"; // 2^8 ways to read it
        assertThat(PinyinQuery.sequences(typed)).hasSizeBetween(2, PinyinQuery.MAX_SEQUENCES);
    }
}
