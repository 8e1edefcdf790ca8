package org.zhsearch.documents;

/**
 * One line of text of a page column, its glyphs joined with spaces only where the gaps say a Latin word ends.
 *
 * @param text the line's text, trimmed, with no space between CJK characters
 * @param x0   left edge of its first glyph
 * @param x1   right edge of its last glyph
 * @param y    baseline, growing downwards
 * @param size the font size most of its characters have
 * @param bold whether most of its characters are bold
 */
record PdfLine(String text, float x0, float x1, float y, float size, boolean bold) {}
