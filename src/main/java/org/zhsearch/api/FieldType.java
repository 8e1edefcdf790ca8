package org.zhsearch.api;

import java.util.Locale;

/** The type of a declared field ({@link DeclaredField}): what its values are and what a search can do with them. */
public enum FieldType {
    /** One exact value (an author, a document number): filter, facet, sort, show. */
    KEYWORD,
    /** Several exact values (tags): filter (any of them), facet (each counted), show; not sortable. */
    KEYWORDS,
    /** A calendar date {@code 2024-05-01}: filter by value or {@code from..to}, facet, sort, show. */
    DATE,
    /** A number ({@code 3}, {@code 2.5}): filter by value or {@code from..to}, facet, sort, show. */
    NUMBER,
    /** A text shown with the hit (an abstract); stored, not filtered, faceted or sorted. */
    TEXT;

    /** The name used in the configuration: {@code keyword}, {@code keywords}, {@code date}, {@code number}, {@code text}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values are ordered and may be filtered by {@code from..to} ranges. */
    public boolean ranged() {
        return this == DATE || this == NUMBER;
    }

    /** The type named {@code label}, or {@code null} when there is none. */
    public static FieldType of(String label) {
        for (FieldType t : values()) {
            if (t.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }
}
