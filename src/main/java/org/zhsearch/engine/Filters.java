package org.zhsearch.engine;

import java.time.LocalDate;
import java.util.List;
import org.zhsearch.schema.FieldCondition;

/**
 * Restrictions that do not score: article date range (inclusive, either end may be {@code null}), exact source,
 * exact publication, and conditions on declared fields (all must hold; each is an OR of its values and ranges).
 */
public record Filters(LocalDate from, LocalDate to, String source, String publication, List<FieldCondition> fields) {
    public static final Filters NONE = new Filters(null, null, null, null);

    public Filters {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Without declared-field conditions. */
    public Filters(LocalDate from, LocalDate to, String source, String publication) {
        this(from, to, source, publication, List.of());
    }

    /** Date range and source only. */
    public Filters(LocalDate from, LocalDate to, String source) {
        this(from, to, source, null);
    }

    public boolean isEmpty() {
        return from == null && to == null && source == null && publication == null && fields.isEmpty();
    }
}
