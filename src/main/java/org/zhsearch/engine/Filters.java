package org.zhsearch.engine;

import java.time.LocalDate;

/**
 * Restrictions that do not score: article date range (inclusive, either end may be {@code null}), exact source and
 * exact publication.
 */
public record Filters(LocalDate from, LocalDate to, String source, String publication) {
    public static final Filters NONE = new Filters(null, null, null, null);

    /** Date range and source only. */
    public Filters(LocalDate from, LocalDate to, String source) {
        this(from, to, source, null);
    }

    public boolean isEmpty() {
        return from == null && to == null && source == null && publication == null;
    }
}
