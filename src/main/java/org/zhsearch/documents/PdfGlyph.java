package org.zhsearch.documents;

/**
 * One glyph of a PDF page as the text layer places it, in page space with the origin at the top left.
 *
 * @param text   the characters it stands for (usually one)
 * @param x      left edge
 * @param y      baseline, growing downwards
 * @param width  advance width
 * @param size   font size in points
 * @param bold   whether the font is bold
 */
record PdfGlyph(String text, float x, float y, float width, float size, boolean bold) {
    float right() {
        return x + width;
    }
}
