package org.zhsearch.engine;

import java.time.LocalDate;

/**
 * Restrictions that do not score: article date range (inclusive, either end may be {@code null}) and exact source.
 */
public record Filters(LocalDate from, LocalDate to, String source) {
    public static final Filters NONE = new Filters(null, null, null);

    public boolean isEmpty() {
        return from == null && to == null && source == null;
    }
}
