package org.zhsearch.schema;

/**
 * What a field of the schema is, in neither engine's words: each engine translates a kind into its own field types
 * ({@code index.ParagraphDocuments} into Lucene fields, {@code engine.opensearch.IndexSchema} into a mapping).
 */
public enum FieldKind {
    /**
     * An exact value, matched whole by filters, facets and suggestions; a value longer than
     * {@link ParagraphField#MAX_KEYWORD_CHARS} is kept for display but not indexed (a useless, or illegal, term).
     */
    KEYWORD,
    /** A short value kept for display only: never searched, filtered or sorted by. */
    VALUE,
    /** A whole number (int range) kept for display only: never searched, filtered or sorted by. */
    INTEGER_VALUE,
    /** A long text kept for display only; what searches read of it are the analysed {@link #TEXT} fields. */
    LONG_TEXT,
    /** A true/false marker; only paragraphs where it is true are looked up. */
    FLAG,
    /** A whole number (int range), exact, sortable. */
    INTEGER,
    /** A whole number (long range) filtered by ranges and sorted by. */
    LONG,
    /** A floating-point number filtered by ranges, counted and sorted by (declared number fields). */
    DOUBLE,
    /** A whole number (long range) read only to sort: not indexed. */
    SORT_KEY,
    /** A positive number that only ranks (a prior multiplied into the score). */
    RANK_FEATURE,
    /** Terms cut from a text by a {@link TextAnalysis}, with frequencies, positions and length norms (BM25). */
    TEXT,
    /** Terms cut from a text by a {@link TextAnalysis} of which only presence counts: no frequencies, no norms. */
    TERMS
}
