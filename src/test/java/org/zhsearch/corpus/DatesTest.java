package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void isoDateStaysAsItIs() {
        assertThat(Dates.normalize("2024-11-25")).isEqualTo("2024-11-25");
    }

    @Test
    void slashDateBecomesIso() {
        assertThat(Dates.normalize("2024/11/5")).isEqualTo("2024-11-05");
    }

    @Test
    void chineseDateBecomesIso() {
        assertThat(Dates.normalize("2023年10月27日")).isEqualTo("2023-10-27");
    }

    @Test
    void timeIsKeptWithSeconds() {
        assertThat(Dates.normalize("2024-11-25 04:43:40")).isEqualTo("2024-11-25T04:43:40");
    }

    @Test
    void timeWithoutSecondsGetsZeroSeconds() {
        assertThat(Dates.normalize("2024/04/15 12:00")).isEqualTo("2024-04-15T12:00:00");
    }

    @Test
    void chineseDateWithTimeBecomesIsoDateTime() {
        assertThat(Dates.normalize("2024年1月2日 8:05")).isEqualTo("2024-01-02T08:05:00");
    }

    @Test
    void isoDateTimeWithZoneDropsTheZone() {
        assertThat(Dates.normalize("2024-11-25T04:43:40+08:00")).isEqualTo("2024-11-25T04:43:40");
    }

    @Test
    void fullWidthDigitsAndColonsAreAccepted() {
        assertThat(Dates.normalize("２０２４-１１-２５ ０４：４３")).isEqualTo("2024-11-25T04:43:00");
    }

    @Test
    void impossibleDateIsNull() {
        assertThat(Dates.normalize("2024-02-30")).isNull();
    }

    @Test
    void unparseableDateIsNull() {
        assertThat(Dates.normalize("去年春天")).isNull();
        assertThat(Dates.normalize("")).isNull();
        assertThat(Dates.normalize(null)).isNull();
    }
}
