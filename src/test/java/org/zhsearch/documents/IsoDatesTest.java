package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
    @Test
    void anUnsetOfficeDateIsNoDate() {
        // what HWPF reads for a .doc without a creation date: FILETIME 0
        assertThat(IsoDates.of(new Date(-11644473600000L))).isNull();
    }

    @Test
    void metadataValuesGiveTheirLeadingDay() {
        assertThat(IsoDates.leading("2024-03-01T10:00:00.123")).isEqualTo("2024-03-01");
        assertThat(IsoDates.leading("2024-3-1")).isEqualTo("2024-03-01");
        assertThat(IsoDates.leading("2024-02-30")).isNull();
        assertThat(IsoDates.leading("2024")).isNull();
    }

    @Test
    void aDateIsTheDayInThisMachinesZone() {
        assertThat(IsoDates.of(OfficeFixtures.noonUtc("2024-04-18"))).isEqualTo("2024-04-18");
    }
}
