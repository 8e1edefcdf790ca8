package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rungs of a relaxed query: by the words' weights, down to any one word. */
class RelaxationLadderTest {
    private static final double RARE = RelaxationLadder.weight(3);
    private static final double COMMON = RelaxationLadder.weight(5_000);
    private static final double VERY_COMMON = RelaxationLadder.weight(20_000);

    @Test
    void rarerWordsWeighMoreAndAbsentWordsNothing() {
        assertThat(RARE).isGreaterThan(COMMON);
        assertThat(COMMON).isGreaterThan(VERY_COMMON).isPositive();
        assertThat(RelaxationLadder.weight(0)).isZero();
    }

    @Test
    void theLadderDropsCommonWordsBeforeTheRareOneAndEndsAtAnyWord() {
        // 0: GIF (rare), 1: 图片 (common), 2: 动画 (very common)
        List<RelaxationLadder.Rung> rungs = RelaxationLadder.rungs(new double[] {RARE, COMMON, VERY_COMMON});
        assertThat(rungs.getFirst().enough()).containsExactly(List.of(0, 1, 2));
        assertThat(rungs.get(1).enough()).containsExactly(List.of(0, 1)); // only the lightest word may be missed
        // the rare word alone is enough before any common one is; the last rung takes any one word
        assertThat(rungs)
                .anySatisfy(r -> assertThat(r.enough()).contains(List.of(0)).doesNotContain(List.of(1)));
        assertThat(rungs.getLast().enough()).containsExactlyInAnyOrder(List.of(0), List.of(1), List.of(2));
        assertThat(rungs.getLast().minimumShouldMatch()).isEqualTo(1);
    }

    @Test
    void aWordNoParagraphHoldsIsInNoCombinationAndNoWordMeansNoRung() {
        List<RelaxationLadder.Rung> rungs = RelaxationLadder.rungs(new double[] {COMMON, 0, RARE});
        assertThat(rungs).allSatisfy(r -> assertThat(r.enough()).noneMatch(c -> c.contains(1)));
        assertThat(RelaxationLadder.rungs(new double[] {0, 0})).isEmpty();
    }

    @Test
    void manyWordsFallBackToACountBeyondTheCombinationLimit() {
        double[] twelve = new double[12];
        java.util.Arrays.fill(twelve, COMMON);
        List<RelaxationLadder.Rung> rungs = RelaxationLadder.rungs(twelve);
        assertThat(rungs).hasSize(12); // equal weights: 12 words, 11, … 1 — as the count-based ladder
        RelaxationLadder.Rung half = rungs.get(6);
        assertThat(half.enough()).isEmpty(); // C(12, 6) combinations: a count instead
        assertThat(half.minimumShouldMatch()).isEqualTo(6);
    }
}
