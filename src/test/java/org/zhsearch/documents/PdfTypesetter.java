package org.zhsearch.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small typesetter for the PDF fixtures: breaks paragraphs into lines anywhere between characters (inside
 * Chinese words, a long lowercase English word hyphenated, no line starting with closing punctuation), justifies
 * every line but a paragraph's last with character spacing, and fills columns and pages; then draws the pages with
 * their running heads and page numbers.
 */
final class PdfTypesetter {
    private static final Pattern LATIN_TAIL = Pattern.compile("[A-Za-z0-9.'%/+\\-]+$");
    private static final String CLOSING = "，。、；：！？”’）》」』】…";

    private final PdfFixtureWriter.Layout layout;
    private final PDType0Font font;
    private final float width;
    private final float height;
    private final float margin;
    private final float top;
    private final float bottom;
    private final float gutter;
    private final float columnWidth;
    private final List<Placed> placed = new ArrayList<>();
    private int page = 1;
    private int column;
    private float y;
    private float columnTop;
    private boolean columnEmpty = true;
    private int hyphenations;
    private int brokenAcrossColumns;

    /** One line drawn at (x, baseline y from the top) with character spacing {@code tc}. */
    private record Placed(int page, float x, float y, String text, float size, float tc) {}

    PdfTypesetter(PdfFixtureWriter.Layout layout, PDType0Font font) {
        this.layout = layout;
        this.font = font;
        this.width = layout.pageSize().getWidth();
        this.height = layout.pageSize().getHeight();
        this.margin = width * 0.1f;
        this.top = height * 0.1f + 4;
        this.bottom = height * 0.9f - 8;
        this.gutter = Math.max(16, 2 * layout.fontSize());
        this.columnWidth = (width - 2 * margin - (layout.columns() - 1) * gutter) / layout.columns();
        this.y = top;
        this.columnTop = top;
    }

    /** Lays out one paragraph; returns the page it starts on. */
    int paragraph(String kind, String text) throws IOException {
        float fs = layout.fontSize();
        float ls = layout.letterSpacing() * fs;
        return switch (kind) {
            case "TITLE" -> title(text, fs * 1.7f, ls);
            case "HEADING" -> block(text, fs * 1.35f, ls, 0, fs, 3);
            case "LIST_ITEM" -> block(text, fs, ls, 0, layout.indent() ? 0 : fs * 0.3f, 1);
            default -> block(text, fs, ls, layout.indent() ? 2 * (fs + ls) : 0, layout.indent() ? 0 : fs * 0.8f, 1);
        };
    }

    private int title(String text, float size, float ls) throws IOException {
        float full = width - 2 * margin;
        for (Line line : lines(text, size, ls, 0, full)) {
            y += size * 1.5f;
            float w = naturalWidth(line.text(), size, ls);
            placed.add(new Placed(page, margin + (full - w) / 2, y, line.text(), size, ls));
        }
        y += size;
        columnTop = y;
        return page;
    }

    private int block(String text, float size, float ls, float indent, float gapBefore, int keepLines)
            throws IOException {
        float lineHeight = size * 1.6f;
        List<Line> lines = lines(text, size, ls, indent, columnWidth);
        if (!columnEmpty) {
            y += gapBefore;
        }
        if (y + lineHeight * Math.min(keepLines, lines.size()) > bottom) {
            nextColumn();
        }
        int startPage = page;
        int startColumn = column;
        for (int i = 0; i < lines.size(); i++) {
            if (y + lineHeight > bottom) {
                nextColumn();
            }
            y += lineHeight;
            Line line = lines.get(i);
            float x = margin + column * (columnWidth + gutter) + (i == 0 ? indent : 0);
            float available = columnWidth - (i == 0 ? indent : 0);
            int glyphs = line.text().codePointCount(0, line.text().length());
            float tc = ls;
            if (line.full() && glyphs > 1) {
                tc += (available - naturalWidth(line.text(), size, ls)) / (glyphs - 1);
            }
            placed.add(new Placed(page, x, y, line.text(), size, tc));
            columnEmpty = false;
        }
        brokenAcrossColumns += page != startPage || column != startColumn ? 1 : 0;
        return startPage;
    }

    private void nextColumn() {
        column++;
        if (column == layout.columns()) {
            column = 0;
            page++;
            columnTop = top;
        }
        y = columnTop;
        columnEmpty = true;
    }

    /** A line of a paragraph; {@code full} lines are justified to the column width. */
    private record Line(String text, boolean full) {}

    private List<Line> lines(String text, float size, float ls, float indent, float lineWidth) throws IOException {
        List<Line> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean space = false;
        for (String unit : units(text)) {
            float available = lines.isEmpty() ? lineWidth - indent : lineWidth;
            if (unit.equals(" ")) {
                space = cur.length() > 0;
                continue;
            }
            String candidate = cur + (space ? " " : "") + unit;
            if (naturalWidth(candidate, size, ls) <= available) {
                cur.setLength(0);
                cur.append(candidate);
            } else if (unit.matches("[a-z]{7,}") && hyphenate(lines, cur, space, unit, size, ls, available)) {
                hyphenations++;
            } else if (CLOSING.contains(unit)
                    && cur.length() > 1
                    && !LATIN_TAIL.matcher(cur).matches()) {
                // no line starts with closing punctuation: the last character (or Latin word) goes down with it
                Matcher word = LATIN_TAIL.matcher(cur);
                int cut = word.find() ? word.start() : cur.offsetByCodePoints(cur.length(), -1);
                String carried = cur.substring(cut);
                lines.add(new Line(cur.substring(0, cut), true));
                cur.setLength(0);
                cur.append(carried).append(unit);
            } else {
                lines.add(new Line(cur.toString(), true));
                cur.setLength(0);
                cur.append(unit);
            }
            space = false;
        }
        lines.add(new Line(cur.toString(), false));
        return lines;
    }

    private boolean hyphenate(
            List<Line> lines, StringBuilder cur, boolean space, String word, float size, float ls, float available)
            throws IOException {
        for (int k = word.length() - 3; k >= 3; k--) {
            String head = cur + (space ? " " : "") + word.substring(0, k) + "-";
            if (naturalWidth(head, size, ls) <= available) {
                lines.add(new Line(head, true));
                cur.setLength(0);
                cur.append(word.substring(k));
                return true;
            }
        }
        return false;
    }

    /** Characters one by one, except runs of Latin letters, digits and word punctuation, and single spaces. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && String.valueOf(text.charAt(end)).matches("[A-Za-z0-9.'%/+\\-]")) {
                end++;
            }
            if (end == i) {
                end = text.offsetByCodePoints(i, 1);
            }
            units.add(text.substring(i, end));
            i = end;
        }
        return units;
    }

    private float naturalWidth(String s, float size, float ls) throws IOException {
        return font.getStringWidth(s) / 1000 * size + ls * (s.codePointCount(0, s.length()) - 1);
    }

    /** Draws every page with its running head (a {@code #} in it is the page number) and page number. */
    void render(PDDocument doc) throws IOException {
        for (int p = 1; p <= page; p++) {
            PDPage pdPage = new PDPage(layout.pageSize());
            doc.addPage(pdPage);
            try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                if (layout.header() != null) {
                    show(cs, margin, height * 0.05f, layout.header().replace("#", Integer.toString(p)), 8, 0);
                }
                String number = layout.footer().format(p, page);
                float w = font.getStringWidth(number) / 1000 * 8;
                show(cs, (width - w) / 2, height * 0.955f, number, 8, 0);
                for (Placed l : placed) {
                    if (l.page() == p) {
                        show(cs, l.x(), l.y(), l.text(), l.size(), l.tc());
                    }
                }
            }
        }
    }

    private void show(PDPageContentStream cs, float x, float baseline, String text, float size, float tc)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setCharacterSpacing(tc);
        cs.newLineAtOffset(x, height - baseline);
        cs.showText(text);
        cs.endText();
    }

    int hyphenations() {
        return hyphenations;
    }

    /** Paragraphs that end in another column or on another page than they start. */
    int brokenAcrossColumns() {
        return brokenAcrossColumns;
    }
}
