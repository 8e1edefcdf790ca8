package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Limits;

class FacetCountsTest {
    @Test
    void keepsTheMostFrequentValuesUpToTheCapMostFrequentFirstTiesByValue() {
        FacetCounts top = new FacetCounts();
        for (int i = 0; i < 10_000; i++) { // many distinct values: only the cap is kept
            top.add(String.format("源%05d", i), i % 97);
        }
        List<FacetValue> kept = top.top();
        assertThat(kept).hasSize(Limits.FACET_VALUES);
        assertThat(kept).allSatisfy(v -> assertThat(v.count()).isEqualTo(96));
        assertThat(kept.getFirst().value()).isEqualTo("源00096");
        assertThat(kept).isSortedAccordingTo(FacetCounts.ORDER);
    }

    @Test
    void ordersByCountThenValueAndIgnoresZeroCounts() {
        FacetCounts top = new FacetCounts(3);
        top.add("乙", 2);
        top.add("甲", 2);
        top.add("丙", 5);
        top.add("丁", 0);
        top.add("戊", 1);
        assertThat(top.top()).containsExactly(new FacetValue("丙", 5), new FacetValue("乙", 2), new FacetValue("甲", 2));
    }
}
