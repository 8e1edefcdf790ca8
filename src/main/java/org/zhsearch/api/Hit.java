package org.zhsearch.api;

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
 */
public record Hit(String id, String articleId, int paragraph, String section, String title, String date,
                  String source, float score, String text, String highlight, Integer matchingParagraphs) {
}
