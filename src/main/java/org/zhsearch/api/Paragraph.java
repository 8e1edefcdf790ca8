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
 */
public record Paragraph(int n, String section, String text, String role) {
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
    }

    /** A paragraph whose role follows from its section: a heading when the section is its own text, else body. */
    public Paragraph(int n, String section, String text) {
        this(n, section, text, null);
    }
}
