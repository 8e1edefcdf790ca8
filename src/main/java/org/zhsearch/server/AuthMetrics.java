package org.zhsearch.server;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.zhsearch.config.KeyScope;

/**
 * Counts credential checks by the scope the route needs and the outcome — never by key, so the series are a fixed
 * 3 × 5 whatever clients send and however many keys there are.
 */
final class AuthMetrics {
    static final String NAME = "zhsearch_auth_checks_total";

    /** How a check ended. */
    enum Outcome {
        /** the key allows the route */
        OK,
        /** no usable credentials (none, or HTTP Basic on a write or admin route) */
        MISSING,
        /** credentials that match no key */
        WRONG,
        /** a valid key whose scope is too narrow */
        FORBIDDEN,
        /** no key allows the route at all: writes or admin disabled */
        DISABLED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final LongAdder[][] counts = new LongAdder[KeyScope.values().length][Outcome.values().length];

    AuthMetrics() {
        for (LongAdder[] row : counts) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new LongAdder();
            }
        }
    }

    void record(KeyScope needed, Outcome outcome) {
        counts[needed.ordinal()][outcome.ordinal()].increment();
    }

    long count(KeyScope needed, Outcome outcome) {
        return counts[needed.ordinal()][outcome.ordinal()].sum();
    }

    /** The counter in the Prometheus text format, every series present (zeros included). */
    String scrape() {
        StringBuilder out = new StringBuilder(1024);
        out.append("# HELP ")
                .append(NAME)
                .append(" Credential checks, by the scope the route needs and the outcome.\n");
        out.append("# TYPE ").append(NAME).append(" counter\n");
        for (KeyScope scope : KeyScope.values()) {
            for (Outcome outcome : Outcome.values()) {
                out.append(NAME)
                        .append("{scope=\"")
                        .append(scope.label())
                        .append("\",result=\"")
                        .append(outcome.label())
                        .append("\"} ")
                        .append(count(scope, outcome))
                        .append('\n');
            }
        }
        return out.toString();
    }
}
