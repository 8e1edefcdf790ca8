package org.zhsearch.schema;

import org.zhsearch.api.DeclaredField;

/**
 * An order by a declared sortable field: articles without a value last in either direction, equal values by
 * relevance, then article id, then paragraph.
 */
public record FieldOrder(DeclaredField field, boolean descending) {
    /** The index field it reads ({@link DeclaredValues#indexField}). */
    public String indexField() {
        return DeclaredValues.indexField(field.name());
    }
}
