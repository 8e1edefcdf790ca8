package org.zhsearch.api;

import java.util.Locale;

/** Whether a search may add related results when exact matches are few. */
public enum SearchMode {
    /** Exact hits, and related ones (relaxed query) when there are fewer than {@link SearchRequest#RELATED_BELOW}. */
    RELATED,
    /** Exact hits only: no {@code related} list. */
    EXACT;

    /** The name used in the HTTP API and on the command line: {@code related} or {@code exact}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code label} (case-insensitive). */
    public static SearchMode of(String label) {
        for (SearchMode m : values()) {
            if (m.label().equalsIgnoreCase(label.strip())) {
                return m;
            }
        }
        throw new InvalidRequestException("mode must be related or exact, got '" + label + "'");
    }
}
