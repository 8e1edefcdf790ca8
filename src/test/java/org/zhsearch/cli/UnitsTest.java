package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void sizesUseDecimalUnits() {
        assertThat(Units.bytes(999)).isEqualTo("999 B");
        assertThat(Units.bytes(6_743)).isEqualTo("6.7 KB");
        assertThat(Units.bytes(3_700_000)).isEqualTo("3.7 MB");
        assertThat(Units.bytes(1_200_000_000)).isEqualTo("1.20 GB");
    }

    @Test
    void ratesAreMegabytesPerSecond() {
        assertThat(Units.rate(5_000_000, Duration.ofSeconds(2))).isEqualTo("2.50 MB/s");
        assertThat(Units.rate(6_800, Duration.ofMillis(1700))).isEqualTo("0.004 MB/s");
    }

    @Test
    void durationsAndEtasReadNaturally() {
        assertThat(Units.duration(Duration.ofMillis(812))).isEqualTo("0.8 s");
        assertThat(Units.duration(Duration.ofSeconds(125))).isEqualTo("2 min 05 s");
        assertThat(Units.clock(75)).isEqualTo("1:15");
        assertThat(Units.clock(3_725)).isEqualTo("1:02:05");
    }

    @Test
    void countsAgreeWithTheirNoun() {
        assertThat(Units.count(1, "file", "files")).isEqualTo("1 file");
        assertThat(Units.count(12_345, "file", "files")).isEqualTo("12,345 files");
    }
}
