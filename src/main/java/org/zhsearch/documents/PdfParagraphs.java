package org.zhsearch.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Joins the lines of a PDF's text flows (columns in reading order, page after page) into paragraphs. A line starts a
 * new paragraph after a change of font size, at a list marker, at a first-line indent, after a vertical gap
 * wider than the flow's line spacing, or after a line that ends short of the right edge at the end of a sentence. A
 * paragraph whose last line fills its column without ending a sentence continues in the next flow (next column or
 * page) unless that flow starts indented; it keeps the page it starts on. Larger or bold short blocks are headings.
 */
final class PdfParagraphs {
    /**
     * A bullet that only marks a list item: office formats keep it out of the paragraph's text, so it is dropped. A
     * Private Use Area glyph is a Symbol or Wingdings bullet (U+F0B7) followed by a gap that a word processor wrote into the PDF.
     */
    static final Pattern BULLET = Pattern.compile("^(?:[\\uE000-\\uF8FF]\\s+|[•●○◦▪■◆◇►✓‣]\\s*|[-*–·]\\s+)");

    /** A list item's first line: ①, 1. 1、 1) (1) （一） 一、 a), or a bullet. Numbers are kept as text. */
    static final Pattern LIST_MARKER = Pattern.compile("^(?:" + BULLET.pattern().substring(1)
            + "|[①-⑳⑴-⒇⒈-⒛❶-❿]"
            + "|[0-9]{1,2}[.．、)）](?![0-9])"
            + "|[(（][0-9一二三四五六七八九十]{1,3}[)）]"
            + "|[一二三四五六七八九十]{1,3}、"
            + "|[a-z][.)](?=\\s))");

    /** A table of contents line: a title, leader dots, a page number. Each is its own block. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("(\\.{4,}|…{2,}|·{4,}|-{4,})\\s*[0-9ivxlc]+$");

    /** One column, or part of one, of a page, its lines top to bottom. */
    record Flow(int page, List<PdfLine> lines) {}

    private final List<Draft> drafts = new ArrayList<>();
    private final float bodySize;
    private final float columnWidth;
    private final boolean indentStyle;
    private final TreeSet<Float> columnLefts = new TreeSet<>();
    private Draft open;
    private boolean openFull;

    private PdfParagraphs(List<Flow> flows) {
        Map<Float, Integer> sizeChars = new HashMap<>();
        Map<Integer, Integer> widths = new HashMap<>();
        int lines = 0;
        int indented = 0;
        for (Flow f : flows) {
            f.lines().forEach(l -> sizeChars.merge(l.size(), l.text().length(), Integer::sum));
            if (f.lines().size() >= 3) {
                float left = left(f.lines());
                columnLefts.add(left);
                widths.merge(
                        Math.round((right(f.lines()) - left) / 5) * 5, f.lines().size(), Integer::sum);
                for (PdfLine l : f.lines()) {
                    lines++;
                    float indent = (l.x0() - left) / l.size();
                    indented += indent >= 1.5f && indent <= 3f ? 1 : 0;
                }
            }
        }
        bodySize = mode(sizeChars, 10f);
        columnWidth = mode(widths, 0);
        indentStyle = lines > 0 && indented * 20 >= lines; // 5 % of lines: one paragraph in a page or two
    }

    /** The blocks of the document whose text flows are {@code flows}, in reading order. */
    static List<TextBlock> blocks(List<Flow> flows) {
        PdfParagraphs p = new PdfParagraphs(flows);
        flows.forEach(p::flow);
        List<TextBlock> blocks = new ArrayList<>();
        for (Draft d : p.drafts) {
            String text = CjkText.tidySpaces(d.text.toString()).strip();
            if (!text.isEmpty()) {
                blocks.add(new TextBlock(text, p.kind(d, text), d.page));
            }
        }
        return blocks;
    }

    private void flow(Flow flow) {
        List<PdfLine> lines = flow.lines();
        float left = left(lines);
        if (lines.size() < 3) {
            // too few lines to know the edge: a column edge seen elsewhere up to 4 em to the left is it
            Float known = columnLefts.floor(left + 1);
            left = known != null && known >= left - 4 * lines.getFirst().size() ? known : left;
        }
        float right = lines.size() < 3 && columnWidth > 0 ? left + columnWidth : right(lines);
        float spacing = spacing(lines);
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            boolean join = i == 0
                    ? continuesFromPreviousFlow(line, left)
                    : !startsParagraph(lines.get(i - 1), line, left, right, spacing);
            if (join) {
                open.add(line);
            } else {
                open = new Draft(flow.page(), line);
                drafts.add(open);
            }
        }
        PdfLine last = lines.getLast();
        openFull = last.x1() >= right - last.size();
    }

    private boolean continuesFromPreviousFlow(PdfLine line, float left) {
        return open != null
                && openFull
                && !isHeadingSize(open.last.size())
                && sameFont(open.last, line)
                && line.x0() < left + 1.5f * line.size()
                && !LIST_MARKER.matcher(line.text()).find()
                && (indentStyle || !CjkText.endsSentence(open.last.text()));
    }

    private boolean startsParagraph(PdfLine prev, PdfLine line, float left, float right, float spacing) {
        if (!sameFont(prev, line)) {
            return true;
        }
        float em = line.size();
        float gap = line.y() - prev.y();
        if (isHeadingSize(line.size())) {
            return gap > 2 * em; // a heading broken over lines is centred or short: only a gap parts two
        }
        if (CONTENTS_LINE.matcher(prev.text()).find()) {
            return true;
        }
        boolean prevEnds = CjkText.endsSentence(prev.text());
        boolean prevShort = prev.x1() < right - 1.5f * em;
        if (LIST_MARKER.matcher(line.text()).find() && (prevShort || prevEnds)) {
            return true;
        }
        // a bullet where the open item's bullet is starts the next item, however full the line before it
        if (open.list && BULLET.matcher(line.text()).find() && Math.abs(line.x0() - open.first.x0()) < em / 2) {
            return true;
        }
        boolean indented = line.x0() >= left + 1.5f * em;
        boolean hangingListLine = open.list && !prevShort && !prevEnds;
        if (indented && !hangingListLine && (line.x0() > prev.x0() + em || prevEnds || prevShort)) {
            return true;
        }
        if (!Float.isNaN(spacing) && gap > spacing * 1.4f) {
            return true;
        }
        // a flow of short lines does not show its edge: a sentence ending short of the document's column ends there
        boolean endsShortOfColumn = prevEnds && columnWidth > 0 && prev.x1() < left + columnWidth - 1.5f * em;
        return prevShort && (prevEnds || prev.x1() < left + 0.7f * (right - left))
                || endsShortOfColumn && right < left + columnWidth - em;
    }

    private TextBlock.Kind kind(Draft d, String text) {
        if (isHeadingSize(d.first.size()) && text.length() <= 100
                || d.first.bold() && d.lines <= 2 && text.length() <= 50 && !CjkText.endsSentence(text)) {
            return TextBlock.Kind.HEADING;
        }
        return d.list ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.BODY;
    }

    private boolean isHeadingSize(float size) {
        return size >= bodySize * 1.15f;
    }

    /**
     * Whether two lines have one font size. Weight is not compared: bold words inside a paragraph make a line mostly
     * bold, while a bold heading is short and so ends its own block anyway.
     */
    private static boolean sameFont(PdfLine a, PdfLine b) {
        return Math.abs(a.size() - b.size()) <= Math.max(0.5f, 0.08f * a.size());
    }

    /** The flow's left edge: where most of its lines start (a hanging outdent is not the edge), leftmost on a tie. */
    static float left(List<PdfLine> lines) {
        Map<Float, Integer> starts = new HashMap<>();
        lines.forEach(l -> starts.merge((float) Math.round(l.x0()), 1, Integer::sum));
        return starts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue()
                        .thenComparing(
                                Map.Entry.<Float, Integer>comparingByKey().reversed()))
                .orElseThrow()
                .getKey();
    }

    /** The flow's right edge: the furthest that two lines reach, or the furthest line when no two agree. */
    static float right(List<PdfLine> lines) {
        Map<Float, Integer> ends = new HashMap<>();
        lines.forEach(l -> ends.merge((float) Math.round(l.x1()), 1, Integer::sum));
        return ends.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .max(Float::compare)
                .orElseGet(() ->
                        (float) lines.stream().mapToDouble(PdfLine::x1).max().orElse(0));
    }

    /** The median distance between baselines of neighbouring lines of one font size; NaN if none. */
    static float spacing(List<PdfLine> lines) {
        List<Float> deltas = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float d = lines.get(i).y() - lines.get(i - 1).y();
            if (d > 0 && sameFont(lines.get(i - 1), lines.get(i))) {
                deltas.add(d);
            }
        }
        deltas.sort(null);
        return deltas.size() < 2 ? Float.NaN : deltas.get((deltas.size() - 1) / 2);
    }

    private static <K extends Number> float mode(Map<K, Integer> counts, float otherwise) {
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey().floatValue())
                .orElse(otherwise);
    }

    /** A paragraph being joined. */
    private static final class Draft {
        final StringBuilder text = new StringBuilder();
        final int page;
        final PdfLine first;
        final boolean list;
        PdfLine last;
        int lines;

        Draft(int page, PdfLine first) {
            this.page = page;
            this.first = first;
            this.list = LIST_MARKER.matcher(first.text()).find();
            CjkText.appendLine(text, BULLET.matcher(first.text()).replaceFirst(""));
            last = first;
            lines++;
        }

        void add(PdfLine line) {
            CjkText.appendLine(text, line.text());
            last = line;
            lines++;
        }
    }
}
