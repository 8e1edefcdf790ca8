package org.zhsearch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.FacetRange;
import org.zhsearch.schema.FieldCondition;

/** {@code fields.<name>.ranges} (and {@code ZHSEARCH_FIELDS_<NAME>_RANGES}): parsing, checks, and filters on labels. */
class FieldRangesTest {
    private static ZhsearchConfig load(String properties, Map<String, String> env) {
        return ZhsearchConfig.load(properties, "test.properties", env, Map.of());
    }

    private static double day(String d) {
        return LocalDate.parse(d).toEpochDay();
    }

    @Test
    void numberAndDateRangesAreReadInOrderWithTheirLabels() {
        ZhsearchConfig c = load(
                """
                fields.year_built.type = number
                fields.year_built.use = filter, facet
                fields.year_built.ranges = ..2000, 2000..2010 ,2010..
                fields.published.type = date
                fields.published.use = facet
                """, Map.of("ZHSEARCH_FIELDS_PUBLISHED_RANGES", "..2020-01-01,2020-01-01..2023-01-01,2023-01-01.."));
        assertThat(c.fields().get("year_built").ranges())
                .containsExactly(
                        new FacetRange("..2000", null, 2000.0),
                        new FacetRange("2000..2010", 2000.0, 2010.0),
                        new FacetRange("2010..", 2010.0, null));
        assertThat(c.fields().get("published").ranges())
                .extracting(FacetRange::label, FacetRange::from, FacetRange::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("..2020-01-01", null, day("2020-01-01")),
                        org.assertj.core.groups.Tuple.tuple(
                                "2020-01-01..2023-01-01", day("2020-01-01"), day("2023-01-01")),
                        org.assertj.core.groups.Tuple.tuple("2023-01-01..", day("2023-01-01"), null));
        FacetRange mid = c.fields().get("year_built").ranges().get(1);
        assertThat(mid.contains(2000)).as("from inclusive").isTrue();
        assertThat(mid.contains(2009.999)).isTrue();
        assertThat(mid.contains(2010)).as("to exclusive").isFalse();
        assertThat(load("fields.num.type = number\nfields.num.use = facet\nfields.num.ranges = 1..2, 5..9\n", Map.of())
                        .fields()
                        .get("num")
                        .ranges())
                .as("gaps between buckets are allowed")
                .hasSize(2);
    }

    @Test
    void badRangesAreRefusedAtStartNamingTheKey() {
        String number = "fields.num.type = number\nfields.num.use = facet\nfields.num.ranges = ";
        assertThatThrownBy(() -> load(number + "10..20, 0..10\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("fields.num.ranges")
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> load(number + "0..10, 5..20\n", Map.of())).hasMessageContaining("overlap");
        assertThatThrownBy(() -> load(number + "0.., 10..20\n", Map.of())).hasMessageContaining("overlap");
        assertThatThrownBy(() -> load(number + "0..10, ..20\n", Map.of())).hasMessageContaining("overlap");
        assertThatThrownBy(() -> load(number + "10..10\n", Map.of())).hasMessageContaining("below");
        assertThatThrownBy(() -> load(number + "a..b\n", Map.of())).hasMessageContaining("not a number");
        assertThatThrownBy(() -> load(number + "5\n", Map.of())).hasMessageContaining("from..to");
        assertThatThrownBy(() -> load(number + "0..1,,2..3\n", Map.of())).hasMessageContaining("empty range");
        assertThatThrownBy(() -> load(
                        "fields.day_on.type = date\nfields.day_on.use = facet\nfields.day_on.ranges = ..2020-13-01\n",
                        Map.of()))
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> load(
                        "fields.day_on.type = date\nfields.day_on.use = facet\nfields.day_on.ranges = ..2020\n",
                        Map.of()))
                .hasMessageContaining("not a date");
        assertThatThrownBy(() ->
                        load("fields.num.type = number\nfields.num.use = filter\nfields.num.ranges = ..1\n", Map.of()))
                .hasMessageContaining("fields.num.ranges")
                .hasMessageContaining("facet");
        assertThatThrownBy(
                        () -> load("fields.k.type = keyword\nfields.k.use = facet\nfields.k.ranges = ..1\n", Map.of()))
                .hasMessageContaining("date and number");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= FacetRange.MAX; i++) {
            many.append(i == 0 ? "" : ",").append(i).append("..").append(i + 1);
        }
        assertThatThrownBy(() -> load(number + many + "\n", Map.of())).hasMessageContaining("at most 100");
    }

    @Test
    void aBucketLabelAsAFilterSelectsTheBucketWithItsEndExcluded() {
        ZhsearchConfig c = load("""
                fields.num.type = number
                fields.num.use = filter, facet
                fields.num.ranges = ..2000,2000..2010,2010..
                fields.day_on.type = date
                fields.day_on.use = filter, facet
                fields.day_on.ranges = 2020-01-01..2023-01-01
                """, Map.of());
        DeclaredField n = c.fields().get("num");
        FieldCondition bucket = FieldCondition.of(n, List.of("2000..2010"));
        assertThat(bucket.ranges()).containsExactly(new FieldCondition.Range(2000.0, Math.nextDown(2010.0)));
        assertThat(FieldCondition.of(n, List.of("..2000")).ranges())
                .containsExactly(new FieldCondition.Range(null, Math.nextDown(2000.0)));
        assertThat(FieldCondition.of(n, List.of("2010..")).ranges())
                .containsExactly(new FieldCondition.Range(2010.0, null));
        assertThat(FieldCondition.of(n, List.of("2000..2011")).ranges())
                .as("any other range keeps both ends inclusive")
                .containsExactly(new FieldCondition.Range(2000.0, 2011.0));
        assertThat(FieldCondition.of(c.fields().get("day_on"), List.of("2020-01-01..2023-01-01"))
                        .ranges())
                .as("a date bucket ends the day before its to")
                .containsExactly(new FieldCondition.Range(day("2020-01-01"), day("2022-12-31")));
    }
}
