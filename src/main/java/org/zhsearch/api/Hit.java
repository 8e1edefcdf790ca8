package org.zhsearch.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search hit: a paragraph with its article's metadata. Field names are the HTTP API's.
 *
 * @param id                 {@code articleId#paragraph}
 * @param articleId          the article's id
 * @param paragraph          1-based paragraph number
 * @param section            section heading, or {@code null}
 * @param title              article title
 * @param date               article date (ISO-8601), or {@code null}
 * @param source             article source, or {@code null}
 * @param score              relevance score (higher is better)
 * @param text               the paragraph exactly as in the source, trimmed
 * @param highlight          {@code text} HTML-escaped with {@code <mark>} around matches
 * @param matchingParagraphs with {@link Grouping#ARTICLE}: how many paragraphs of the article match; else {@code null}
 * @param role               the paragraph's role ({@link Paragraph#role()}: heading, body, list, table, caption, code)
 * @param snippet            for a paragraph over {@value #SNIPPET_ABOVE} characters: about 160 characters around the
 *                           best match, cut at sentence punctuation, "…" where cut, HTML-escaped with {@code <mark>};
 *                           else {@code null}
 * @param matched            for a related hit: the words of the relaxed query it contains; {@code null} for an
 *                           exact hit
 * @param match              how it matched: {@value #EXACT} (the query's text), {@value #PINYIN} (Latin letters of
 *                           the query read as pinyin: the Chinese words that spell them are marked) or
 *                           {@value #RELATED} (a related result)
 * @param fields             the article's values of the declared fields with {@code use = show}; {@code null} when
 *                           no field is shown
 * @param sourcePage         the page of the source document the paragraph starts on (1-based,
 *                           {@link Paragraph#sourcePage()}); {@code null} for formats without pages
 */
public record Hit(
        String id,
        String articleId,
        int paragraph,
        String section,
        String title,
        String date,
        String source,
        float score,
        String text,
        String highlight,
        Integer matchingParagraphs,
        String role,
        String snippet,
        List<String> matched,
        String match,
        Map<String, Object> fields,
        Integer sourcePage) {
    /** Paragraphs longer than this many characters get a {@link #snippet()}. */
    public static final int SNIPPET_ABOVE = 240;

    public static final String EXACT = "exact";
    public static final String PINYIN = "pinyin";
    public static final String RELATED = "related";

    public Hit {
        matched = matched == null ? null : List.copyOf(matched);
        if (match == null) {
            match = matched == null ? EXACT : RELATED;
        }
        fields = fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A hit without a source page: the constructor before pages existed. */
    public Hit(
            String id,
            String articleId,
            int paragraph,
            String section,
            String title,
            String date,
            String source,
            float score,
            String text,
            String highlight,
            Integer matchingParagraphs,
            String role,
            String snippet,
            List<String> matched,
            String match,
            Map<String, Object> fields) {
        this(
                id,
                articleId,
                paragraph,
                section,
                title,
                date,
                source,
                score,
                text,
                highlight,
                matchingParagraphs,
                role,
                snippet,
                matched,
                match,
                fields,
                null);
    }

    /** A hit without shown fields: the constructor before declared fields existed. */
    public Hit(
            String id,
            String articleId,
            int paragraph,
            String section,
            String title,
            String date,
            String source,
            float score,
            String text,
            String highlight,
            Integer matchingParagraphs,
            String role,
            String snippet,
            List<String> matched,
            String match) {
        this(
                id,
                articleId,
                paragraph,
                section,
                title,
                date,
                source,
                score,
                text,
                highlight,
                matchingParagraphs,
                role,
                snippet,
                matched,
                match,
                null);
    }

    /** A hit whose {@link #match()} follows from {@code matched}: the constructor before pinyin existed. */
    public Hit(
            String id,
            String articleId,
            int paragraph,
            String section,
            String title,
            String date,
            String source,
            float score,
            String text,
            String highlight,
            Integer matchingParagraphs,
            String role,
            String snippet,
            List<String> matched) {
        this(
                id,
                articleId,
                paragraph,
                section,
                title,
                date,
                source,
                score,
                text,
                highlight,
                matchingParagraphs,
                role,
                snippet,
                matched,
                null);
    }

    /** An exact hit on a body paragraph without a snippet: the constructor before roles and snippets existed. */
    public Hit(
            String id,
            String articleId,
            int paragraph,
            String section,
            String title,
            String date,
            String source,
            float score,
            String text,
            String highlight,
            Integer matchingParagraphs) {
        this(
                id,
                articleId,
                paragraph,
                section,
                title,
                date,
                source,
                score,
                text,
                highlight,
                matchingParagraphs,
                Paragraph.BODY,
                null,
                null);
    }
}
