package org.zhsearch.engine;

/** The keyword values suggestions complete: each engine maps a kind to its own field. */
public enum KeywordKind {
    /** Article titles, counted by article (the embedded index keeps the title keyword on first paragraphs only). */
    TITLE,
    /** Section headings, counted by paragraph. */
    SECTION
}
