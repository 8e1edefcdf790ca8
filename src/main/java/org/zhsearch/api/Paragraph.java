package org.zhsearch.api;

/**
 * One paragraph of an article.
 *
 * @param n       1-based position in the article
 * @param section the section heading the paragraph is under ({@code null} before the first heading;
 *                a heading paragraph carries itself as its section)
 * @param text    the paragraph exactly as in the source, trimmed
 * @param role    what the paragraph is, decided at ingest: {@value #HEADING}, {@value #BODY}, {@value #LIST_ITEM},
 *                {@value #TABLE_ROW}, {@value #CAPTION} or {@value #CODE} (commands, option lines, lines without
 *                Chinese text); ranking prefers body text and real headings over fragments
 * @param sourcePage the page of the source document the paragraph starts on (1-based), for page-layout formats
 *                (PDF); {@code null} for formats without pages
 */
public record Paragraph(int n, String section, String text, String role, Integer sourcePage) {
    public static final String HEADING = "heading";
    public static final String BODY = "body";
    public static final String LIST_ITEM = "list";
    public static final String TABLE_ROW = "table";
    public static final String CAPTION = "caption";
    public static final String CODE = "code";

    public Paragraph {
        if (role == null) {
            role = text != null && text.equals(section) ? HEADING : BODY;
        }
        if (sourcePage != null && sourcePage < 1) {
            throw new IllegalArgumentException("sourcePage must be at least 1, got " + sourcePage);
        }
    }

    /** A paragraph of a format without pages. */
    public Paragraph(int n, String section, String text, String role) {
        this(n, section, text, role, null);
    }

    /** A paragraph whose role follows from its section: a heading when the section is its own text, else body. */
    public Paragraph(int n, String section, String text) {
        this(n, section, text, null);
    }
}
