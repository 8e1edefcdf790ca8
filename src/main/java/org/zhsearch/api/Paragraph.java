package org.zhsearch.api;

/**
 * One paragraph of an article.
 *
 * @param n       1-based position in the article
 * @param section the section heading the paragraph is under ({@code null} before the first heading;
 *                a heading paragraph carries itself as its section)
 * @param text    the paragraph exactly as in the source, trimmed
 */
public record Paragraph(int n, String section, String text) {
}
