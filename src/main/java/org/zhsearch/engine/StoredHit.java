package org.zhsearch.engine;

/**
 * A matching paragraph as an engine stores it, before highlighting.
 *
 * @param count with article grouping, how many of the article's paragraphs match; else {@code null}
 */
public record StoredHit(
        String id,
        String articleId,
        int paragraph,
        String section,
        String title,
        String date,
        String source,
        String role,
        String text,
        float score,
        Integer count) {}
