package org.zhsearch.schema;

/** What reads a field of the schema, besides showing it: tells an engine which structures the field needs. */
public enum FieldUse {
    /** Exact-value or range filters (including the exact article count and replacing an article's paragraphs). */
    FILTER,
    /** Facet counts ({@code api.Facet}): per-value tallies of all matches. */
    FACET,
    /** Sort orders and tie-breaks. */
    SORT,
    /** Grouping paragraphs by their article. */
    GROUP,
    /** Ranking: a score, a boost or a prior. */
    RANK,
    /** Matching a query's text. */
    SEARCH,
    /** Search-box suggestions: keyword prefixes, or sampled paragraphs whose words are suggested. */
    SUGGEST
}
