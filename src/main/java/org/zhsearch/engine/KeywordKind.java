package org.zhsearch.engine;

/** The keyword values suggestions complete: each engine maps a kind to its own field. */
public enum KeywordKind {
    /** Article titles. */
    TITLE,
    /** Section headings. */
    SECTION
}
