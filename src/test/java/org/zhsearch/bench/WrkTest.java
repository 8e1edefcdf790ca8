package org.zhsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WrkTest {
    private static final String REPORT = """
            Running 15s test @ http://127.0.0.1:7071
              2 threads and 8 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     2.24ms    1.81ms  25.53ms   87.77%
                Req/Sec     1.91k   210.33     2.40k    70.00%
              Latency Distribution
                 50%    1.95ms
                 75%    2.80ms
                 90%    4.10ms
                 99%    1.20s
              57120 requests in 15.05s, 150.12MB read
              Non-2xx or 3xx responses: 3
            Requests/sec:   3795.41
            Transfer/sec:      9.97MB
            """;

    @Test
    void readsCountsAndLatenciesInMilliseconds() {
        Wrk.Result r = Wrk.parse(8, REPORT);

        assertThat(r.requests()).isEqualTo(57120);
        assertThat(r.seconds()).isCloseTo(15.05, within(1e-9));
        assertThat(r.perSecond()).isCloseTo(57120 / 15.05, within(1e-6));
        assertThat(r.meanMs()).isCloseTo(2.24, within(1e-9));
        assertThat(r.p50Ms()).isCloseTo(1.95, within(1e-9));
        assertThat(r.p99Ms()).isCloseTo(1200, within(1e-9));
        assertThat(r.non2xx()).isEqualTo(3);
        assertThat(r.socketErrors()).isEmpty();
    }

    @Test
    void microsecondsAndSocketErrorsAreRead() {
        Wrk.Result r = Wrk.parse(
                1,
                REPORT.replace("1.95ms", "640.00us")
                        .replace(
                                "  Non-2xx or 3xx responses: 3\n",
                                "  Socket errors: connect 0, read 2, write 0, timeout 0\n"));

        assertThat(r.p50Ms()).isCloseTo(0.64, within(1e-9));
        assertThat(r.non2xx()).isZero();
        assertThat(r.socketErrors()).isEqualTo("connect 0, read 2, write 0, timeout 0");
    }

    @Test
    void outputWithoutARequestCountIsAnError() {
        assertThatThrownBy(() -> Wrk.parse(8, "unable to connect to 127.0.0.1:7071 Connection refused"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Connection refused");
    }
}
