package org.zhsearch.documents;

/**
 * One block of a document's text: a paragraph, heading, list item, table row or caption, as one line of text
 * (lines of a page-layout format joined back into the paragraph they were broken from).
 *
 * @param text the block's text, trimmed, not blank
 * @param kind what the block is
 * @param page the 1-based page the block starts on, or {@code null} for formats without pages
 */
public record TextBlock(String text, Kind kind, Integer page) {
    /** What a block is; the corpus reader maps it to a paragraph role. */
    public enum Kind {
        HEADING,
        BODY,
        LIST_ITEM,
        TABLE_ROW,
        CAPTION
    }

    public TextBlock {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a text block needs text");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a text block needs a kind");
        }
        if (page != null && page < 1) {
            throw new IllegalArgumentException("page must be at least 1, got " + page);
        }
    }
}
