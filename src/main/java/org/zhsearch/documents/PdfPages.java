package org.zhsearch.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a PDF's pages as text flows while PDFBox reads them: each page's lines, its columns, and its edge lines
 * (kept aside until every page is read, since a running head is known by repeating). Stops at the time limit, or
 * once well past the character limit (the blocks are cut exactly later), so memory stays bounded by the limit.
 */
final class PdfPages implements PdfGlyphCollector.PageSink {
    private final ExtractionLimits limits;
    private final int pageCount;
    private final long startNanos = System.nanoTime();
    private final PdfRunningText running = new PdfRunningText();
    private final List<Page> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private long glyphs;
    private long chars;
    private int damagedPages;
    private int lastPage;
    private boolean timedOut;

    /** A page's edge lines and the flows between them. */
    private record Page(int number, List<PdfLine> top, List<List<PdfLine>> flows, List<PdfLine> bottom) {}

    PdfPages(ExtractionLimits limits, int pageCount) {
        this.limits = limits;
        this.pageCount = pageCount;
    }

    @Override
    public boolean page(int number, float width, float height, List<PdfGlyph> pageGlyphs) {
        lastPage = number;
        glyphs += pageGlyphs.size();
        List<List<PdfGlyph>> lines = new ArrayList<>(PdfPageLayout.lines(pageGlyphs));
        List<PdfLine> top = new ArrayList<>();
        List<PdfLine> bottom = new ArrayList<>();
        while (top.size() < PdfRunningText.EDGE_LINES && !lines.isEmpty() && isEdge(lines.getFirst(), height)) {
            top.add(edgeLine(number, lines.removeFirst()));
        }
        while (bottom.size() < PdfRunningText.EDGE_LINES && !lines.isEmpty() && isEdge(lines.getLast(), height)) {
            bottom.addFirst(edgeLine(number, lines.removeLast()));
        }
        List<List<PdfLine>> flows = PdfPageLayout.flows(lines);
        pages.add(new Page(number, top, flows, bottom));
        for (List<PdfLine> flow : flows) {
            chars += flow.stream().mapToLong(l -> l.text().length()).sum();
        }
        if (System.nanoTime() - startNanos > limits.maxTime().toNanos()) {
            timedOut = number < pageCount;
            return false;
        }
        return chars <= limits.maxChars() + limits.maxChars() / 4 + 1000;
    }

    private static boolean isEdge(List<PdfGlyph> line, float height) {
        return PdfRunningText.inEdgeBand(line.getFirst().y(), height);
    }

    private PdfLine edgeLine(int page, List<PdfGlyph> glyphs) {
        PdfLine line = PdfPageLayout.line(glyphs);
        running.sawEdgeLine(page, line);
        return line;
    }

    @Override
    public void damaged(int number, Exception cause) {
        damagedPages++;
        problems.add("page " + number + " could not be read (" + cause.getMessage() + "); the other pages are kept");
    }

    /** The text flows of every page read, in reading order, running heads, feet and page numbers dropped. */
    List<PdfParagraphs.Flow> flows() {
        List<PdfParagraphs.Flow> flows = new ArrayList<>();
        for (Page p : pages) {
            List<PdfLine> top =
                    p.top().stream().filter(l -> !running.isRunning(l)).toList();
            List<PdfLine> bottom =
                    p.bottom().stream().filter(l -> !running.isRunning(l)).toList();
            if (!top.isEmpty()) {
                flows.add(new PdfParagraphs.Flow(p.number(), top));
            }
            p.flows().forEach(f -> flows.add(new PdfParagraphs.Flow(p.number(), f)));
            if (!bottom.isEmpty()) {
                flows.add(new PdfParagraphs.Flow(p.number(), bottom));
            }
        }
        return flows;
    }

    List<String> problems() {
        return problems;
    }

    long glyphs() {
        return glyphs;
    }

    int damagedPages() {
        return damagedPages;
    }

    int lastPage() {
        return lastPage;
    }

    boolean timedOut() {
        return timedOut;
    }
}
