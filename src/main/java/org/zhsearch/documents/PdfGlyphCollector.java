package org.zhsearch.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Runs PDFBox's text stripper for its glyph positions only: PDFBox's own spacing and line order are not used (its
 * word gaps put spaces between letter-spaced Chinese characters), the page layout is rebuilt from the glyphs. A page
 * that fails to parse is reported and skipped; the sink can stop the run between pages. One instance per document.
 */
final class PdfGlyphCollector extends PDFTextStripper {
    /** Receives each page's glyphs in content order. */
    interface PageSink {
        /** Returns whether to go on with the next page. */
        boolean page(int pageNumber, float width, float height, List<PdfGlyph> glyphs);

        /** A page whose content could not be parsed; the others are still read. */
        void damaged(int pageNumber, Exception cause);
    }

    private final PageSink sink;
    private boolean stopped;
    private float pageWidth;
    private float pageHeight;

    PdfGlyphCollector(PageSink sink) {
        this.sink = sink;
        setSortByPosition(false); // the layout is rebuilt from positions; content order is kept for ties
        setSuppressDuplicateOverlappingText(true); // fake bold drawn twice
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        if (stopped) {
            return;
        }
        boolean rotated = page.getRotation() % 180 != 0;
        pageWidth = rotated ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
        pageHeight = rotated ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
        try {
            super.processPage(page);
        } catch (IOException | RuntimeException e) {
            sink.damaged(getCurrentPageNo(), e);
        }
    }

    @Override
    protected void writePage() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String text = t.getUnicode();
                if (text == null || text.isBlank()) {
                    continue; // spaces are rebuilt from gaps
                }
                float size = t.getFontSizeInPt();
                if (size < 2) {
                    size = t.getHeightDir() * 1.4f; // size set by the text matrix, not the font operator
                }
                glyphs.add(new PdfGlyph(
                        text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, isBold(t.getFont())));
            }
        }
        if (!sink.page(getCurrentPageNo(), pageWidth, pageHeight, glyphs)) {
            stopped = true;
        }
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.getFontWeight() >= 700 || d.isForceBold())) {
            return true;
        }
        String name = font.getName();
        return name != null && (name.contains("Bold") || name.contains("Heavy") || name.contains("Black"));
    }
}
