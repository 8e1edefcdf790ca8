package org.zhsearch.engine;

import java.util.Map;

/**
 * A matching paragraph as an engine stores it, before highlighting.
 *
 * @param count with article grouping, how many of the article's paragraphs match; else {@code null}
 * @param fields the article's stored declared-field values; empty when none
 * @param sourcePage the page of the source document the paragraph starts on; {@code null} when it has none
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
        Integer count,
        Map<String, Object> fields,
        Integer sourcePage) {
    public StoredHit {
        fields = fields == null ? Map.of() : fields;
    }

    /** Without declared-field values. */
    public StoredHit(
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
            Integer count) {
        this(id, articleId, paragraph, section, title, date, source, role, text, score, count, Map.of(), null);
    }
}
