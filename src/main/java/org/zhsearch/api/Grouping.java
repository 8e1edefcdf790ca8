package org.zhsearch.api;

/** How hits are grouped: every matching paragraph, or one (best) paragraph per article. */
public enum Grouping {
    PARAGRAPH,
    ARTICLE
}
